export { load } from '../../../../../routes/[...scope=scope]/present/[story]/[step]/+page';
