// A small valid timeline for tests to break one rule at a time.
import type { TimelineInput } from '../schema/timeline';

export function validTimeline(): TimelineInput {
	return {
		meta: {
			format: 1,
			title: 'Test timeline',
			actors: [
				{ code: 'IR', name: 'Iran', color: '#0f6e5c' },
				{ code: 'RU', name: 'Russia', color: '#b4432a' }
			],
			language: 'en',
			license: 'CC BY 4.0',
			description: 'A fixture.'
		},
		article: {
			publication: { id: 'article', type: 'article-journal', title: 'An article' },
			claims: [
				{ id: 'syria', text: 'Syria strengthened ties.' },
				{ id: 'since-2014', text: 'Things changed in 2014.' }
			]
		},
		references: [
			{ id: 'ref-one', type: 'book', title: 'A book', issued: { 'date-parts': [[2005]] } },
			{ id: 'ref-two', type: 'webpage', title: 'A page', URL: 'https://example.org/page' }
		],
		lanes: [
			{ id: 'arms', label: 'Arms' },
			{ id: 'operations', label: 'Operations' }
		],
		events: [
			{
				id: 'first',
				date: '2015-09-30',
				title: 'First event',
				summary: 'Something *happened*.',
				lane: 'operations',
				sources: [{ ref: 'ref-one', locator: 'p. 3' }],
				claims: [{ id: 'syria', relation: 'supports', note: 'Because.' }]
			},
			{
				id: 'second',
				date: '2007',
				end: '2016-10',
				title: 'Second event',
				summary: 'Something else.',
				lane: 'arms',
				sources: [{ ref: 'ref-two' }],
				claims: []
			}
		],
		periods: [
			{
				id: 'early',
				start: '1989',
				end: '2013',
				label: 'Early',
				discourse: 'colleague',
				note: 'A note.',
				sources: [{ ref: 'article' }]
			}
		],
		stories: []
	};
}
