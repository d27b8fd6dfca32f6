import { describe, expect, it } from 'vitest';
import { formatCitation } from './citations';

describe('formatCitation', () => {
	it('formats a journal article in APA style and links its DOI', () => {
		const citation = formatCitation({
			id: 'sadegi-2020',
			type: 'article-journal',
			title: 'Iran-Russia Defense and Security Cooperation',
			author: [{ family: 'Sadegi', given: 'E. Mir Mohammad' }],
			'container-title': 'RUDN Journal of Political Science',
			volume: '22',
			issue: '2',
			page: '276-289',
			issued: { 'date-parts': [[2020]] },
			DOI: '10.22363/2313-1438-2020-22-2-276-289'
		});
		expect(citation).toEqual({
			id: 'sadegi-2020',
			text: 'Sadegi, E. M. M. (2020). Iran-Russia Defense and Security Cooperation. RUDN Journal of Political Science, 22(2), 276–289.',
			href: 'https://doi.org/10.22363/2313-1438-2020-22-2-276-289'
		});
	});

	it('links the URL when there is no DOI, and nothing when there is neither', () => {
		const base = { id: 'x', type: 'webpage' as const, title: 'A page' };
		expect(formatCitation({ ...base, URL: 'https://example.org/a' }).href).toBe(
			'https://example.org/a'
		);
		expect(formatCitation(base)).not.toHaveProperty('href');
	});
});
