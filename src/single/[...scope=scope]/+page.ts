import { singleData } from '../data';

export const load = ({ params }: { params: { scope: string } }) => singleData(params.scope);
