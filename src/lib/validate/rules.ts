// The rules beyond shape: unique ids, references that resolve, ranges that run forward, safe summaries.
// Whatever the pages key a list by is unique here, so every list the validator accepts can be drawn.
import { parseInline, type Inline } from '../markdown/inline';
import { LIMITS } from '../schema/limits';
import { endOf, parsePartialDate, startOf } from '../dates/partial-date';
import { formatPath, type JsonPath } from './json-source';
import type { Problem } from './problem';
import { isObject, items, text, type RawItem, type RawObject } from './raw';
import { didYouMean } from './suggest';

/** Items whose `keyOf` repeats an earlier one's: each second one, pointing back at the first. */
function unique(
	list: RawItem[],
	keyOf: (item: RawItem) => string | undefined,
	problem: (item: RawItem, key: string, first: JsonPath) => Problem
): Problem[] {
	const seen = new Map<string, JsonPath>();
	const problems: Problem[] = [];
	for (const item of list) {
		const key = keyOf(item);
		if (key === undefined) continue;
		const first = seen.get(key);
		if (first) problems.push(problem(item, key, first));
		else seen.set(key, item.path);
	}
	return problems;
}

function uniqueIds(list: RawItem[], kind: string): Problem[] {
	return unique(
		list,
		(item) => text(item.value, 'id'),
		(item, id, first) => ({
			path: [...item.path, 'id'],
			message: `duplicate ${kind} id "${id}"`,
			hint: `first used at ${formatPath(first)}; ids must be unique`
		})
	);
}

function ids(list: RawItem[]): string[] {
	return list.flatMap((item) => text(item.value, 'id') ?? []);
}

/** Ids of one kind, as a list (for suggestions) and a set (for look-ups in large timelines). */
interface Known {
	list: readonly string[];
	set: ReadonlySet<string>;
}

function known(list: readonly string[]): Known {
	return { list, set: new Set(list) };
}

function mustExist(
	value: unknown,
	path: JsonPath,
	kind: string,
	ids: Known,
	listName: string
): Problem[] {
	if (typeof value !== 'string' || ids.set.has(value)) return [];
	return [
		{
			path,
			message: `unknown ${kind} "${value}"`,
			hint: didYouMean(value, ids.list, `add it to ${listName} or use one of its ids`)
		}
	];
}

function rangeRunsForward(object: RawObject, path: JsonPath, from: string, to: string): Problem[] {
	const start = parsePartialDate(text(object, from) ?? '');
	const end = parsePartialDate(text(object, to) ?? '');
	if (!start.ok || !end.ok || endOf(end.date) > startOf(start.date)) return [];
	return [
		{
			path: [...path, to],
			message: `"${to}" ${end.date.iso} is before "${from}" ${start.date.iso}`,
			hint: `swap them, or correct the ${to} date`
		}
	];
}

function sourcesResolve(item: RawItem, refIds: Known): Problem[] {
	const sources = items(item.value.sources, [...item.path, 'sources']);
	return [
		...sources.flatMap((source) =>
			mustExist(source.value.ref, [...source.path, 'ref'], 'reference', refIds, 'references')
		),
		// Pages key sources by reference and locator; the locator is compared as it is shown, trimmed.
		...unique(
			sources,
			(source) => {
				const ref = text(source.value, 'ref');
				const locator = text(source.value, 'locator')?.trim();
				return ref === undefined ? undefined : JSON.stringify([ref, locator ?? null]);
			},
			(source, _key, first) => ({
				path: [...source.path, 'ref'],
				message: `reference "${text(source.value, 'ref')}" is cited twice${text(source.value, 'locator') ? ' with the same locator' : ''}`,
				hint: `already cited at ${formatPath(first)}; remove one, or give each its own locator`
			})
		)
	];
}

/**
 * A summary the schema will accept parses in the allowed Markdown subset. One over the length limit
 * is left to the schema to report and never parsed: the parser's worst case grows faster than its input.
 */
function summaryIsSafe(item: RawItem, parsed: Map<string, Inline[]>): Problem[] {
	const summary = text(item.value, 'summary')?.trim();
	if (summary === undefined || summary.length > LIMITS.summary) return [];
	const result = parseInline(summary);
	if (result.ok) {
		parsed.set(summary, result.inline);
		return [];
	}
	return result.errors.map((error) => ({
		path: [...item.path, 'summary'],
		message: `summary: ${error}`,
		hint: 'summaries allow *emphasis*, **strong** and [links](https://…) only'
	}));
}

function calendarDates(reference: RawItem): Problem[] {
	return ['issued', 'accessed'].flatMap((field) => {
		const date = reference.value[field];
		if (!isObject(date) || !Array.isArray(date['date-parts'])) return [];
		return date['date-parts'].flatMap((parts: unknown, index) => {
			if (!Array.isArray(parts) || !parts.every((p) => Number.isInteger(p))) return [];
			const iso = (parts as number[])
				.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0'))
				.join('-');
			const parsed = parsePartialDate(iso);
			if (parsed.ok) return [];
			return [{ path: [...reference.path, field, 'date-parts', index], message: parsed.error }];
		});
	});
}

/** Query parameters that track a click rather than name a page: a reference keeps the page's address. */
const TRACKING = /^(utm_.+|fbclid|gclid|mc_cid|mc_eid|ampMode)$/i;

function referenceAddress(reference: RawItem): Problem[] {
	const address = text(reference.value, 'URL');
	if (address === undefined || !URL.canParse(address)) return [];
	const url = new URL(address);
	const path = [...reference.path, 'URL'];
	const problems: Problem[] = [];
	if (/^(test|staging)\./i.test(url.hostname))
		problems.push({
			path,
			message: `"${url.hostname}" is a test or staging host, not where readers find the page`,
			hint: 'give the public address you have seen, or leave the URL out'
		});
	const tracking = [...url.searchParams].filter(
		([name, value]) => TRACKING.test(name) || (name === 'ref' && /^rss/i.test(value))
	);
	if (tracking.length)
		problems.push({
			path,
			message: `the address carries tracking parameters (${tracking.map(([name]) => name).join(', ')})`,
			hint: 'remove them: the page is the same without them'
		});
	return problems;
}

/** A date written in a reference's id (`source-2015-09-30-…`): its year, month and day as given. */
function idDate(id: string): number[] | undefined {
	const found = [...id.matchAll(/(?:^|-)((?:19|20)\d\d)(?:-(\d\d))?(?:-(\d\d))?(?=-|$)/g)];
	// A month makes a date of it; a lone year counts only if it is the only one (not "unsc-1929-2010").
	const dated =
		found.find((match) => match[2] !== undefined) ?? (found.length === 1 ? found[0] : undefined);
	return dated?.slice(1).flatMap((part) => (part === undefined ? [] : [Number(part)]));
}

function idAgreesWithIssued(reference: RawItem): Problem[] {
	const id = text(reference.value, 'id');
	const issued = reference.value.issued;
	const parts =
		isObject(issued) && Array.isArray(issued['date-parts']) ? issued['date-parts'][0] : undefined;
	const inId = id ? idDate(id) : undefined;
	if (!inId || !Array.isArray(parts)) return [];
	const differs = inId.some((value, index) => index < parts.length && parts[index] !== value);
	if (!differs) return [];
	return [
		{
			path: [...reference.path, 'issued'],
			message: `the id "${id}" is dated ${inId.join('-')} but "issued" is ${parts.join('-')}`,
			hint: 'correct whichever is wrong (the id is only a name, but a wrong date in it misleads)'
		}
	];
}

function claimLinks(event: RawItem, claimIds: Known, hasArticle: boolean): Problem[] {
	const links = items(event.value.claims, [...event.path, 'claims']);
	if (!hasArticle && links.length > 0) {
		return [
			{
				path: [...event.path, 'claims'],
				message: 'this timeline has no "article", so events cannot link to claims',
				hint: 'add an "article" with its claims, or make "claims" an empty list'
			}
		];
	}
	return [
		...links.flatMap((link) =>
			mustExist(link.value.id, [...link.path, 'id'], 'claim', claimIds, 'article.claims')
		),
		...unique(
			links,
			(link) => text(link.value, 'id'),
			(link, id, first) => ({
				path: [...link.path, 'id'],
				message: `claim "${id}" is linked twice from this event`,
				hint: `already linked at ${formatPath(first)}; keep one link, with the relation that fits best`
			})
		)
	];
}

function storySteps(story: RawItem, ids: Record<'event' | 'period' | 'claim', Known>) {
	return items(story.value.steps, [...story.path, 'steps']).flatMap((step) => [
		...(['event', 'period', 'claim'] as const).flatMap((kind) =>
			mustExist(step.value[kind], [...step.path, kind], kind, ids[kind], `${kind}s`)
		),
		...(isObject(step.value.range)
			? rangeRunsForward(step.value.range, [...step.path, 'range'], 'from', 'to')
			: [])
	]);
}

function milestoneTarget(milestone: RawItem, eventIds: Known): Problem[] {
	const { event, date } = milestone.value;
	if (event === undefined && date === undefined) {
		return [
			{
				path: milestone.path,
				message: 'a milestone needs an "event" or a "date"',
				hint: 'give the id of the event that dates it, or a date such as "2014" or "2014-03-17"'
			}
		];
	}
	if (event !== undefined && date !== undefined) {
		return [
			{
				path: [...milestone.path, 'date'],
				message: 'a milestone has an "event" or a "date", not both',
				hint: "remove the date: the event's date is the milestone's"
			}
		];
	}
	return mustExist(event, [...milestone.path, 'event'], 'event', eventIds, 'events');
}

function sideIsAnActor(event: RawItem, actorCodes: readonly string[]): Problem[] {
	const side = text(event.value, 'side');
	// Anything but a two-letter code is the shape's to report.
	if (side === undefined || !/^[A-Z]{2}$/.test(side) || actorCodes.includes(side)) return [];
	return [
		{
			path: [...event.path, 'side'],
			message: `"${side}" is not one of the timeline's two actors (${actorCodes.join(', ')})`,
			hint: 'use one of their codes, "both" when both acted, or "other" for a third party'
		}
	];
}

function actorCodesDiffer(actors: RawItem[]): Problem[] {
	return unique(
		actors,
		(actor) => text(actor.value, 'code'),
		(actor, code, first) => ({
			path: [...actor.path, 'code'],
			message: `both actors have the code "${code}"`,
			hint: `${formatPath(first)} has it too; the two actors are two states, each with its own ISO 3166-1 code`
		})
	);
}

/** The article is cited by its id as references are, so no reference may share it. */
function publicationIdIsOwn(references: RawItem[], publicationId: string | undefined): Problem[] {
	return references.flatMap((reference) =>
		publicationId !== undefined && text(reference.value, 'id') === publicationId
			? [
					{
						path: [...reference.path, 'id'],
						message: `duplicate reference id "${publicationId}": it is the article's id`,
						hint: 'the article (article.publication) is cited by its id too; rename one of them'
					}
				]
			: []
	);
}

/**
 * Every cross-reference problem in a timeline, read defensively so it works on invalid shapes too.
 * Each summary that parses is put in `parsed`, by its trimmed text, for the model to reuse.
 */
export function checkRules(root: unknown, parsed = new Map<string, Inline[]>()): Problem[] {
	const data = isObject(root) ? root : {};
	const article = isObject(data.article) ? data.article : undefined;
	const lanes = items(data.lanes, ['lanes']);
	const events = items(data.events, ['events']);
	const periods = items(data.periods, ['periods']);
	const references = items(data.references, ['references']);
	const claims = items(article?.claims, ['article', 'claims']);
	const stories = items(data.stories, ['stories']);
	const milestones = items(data.milestones, ['milestones']);
	const actors = items(isObject(data.meta) ? data.meta.actors : undefined, ['meta', 'actors']);
	const actorCodes = actors.flatMap((actor) => text(actor.value, 'code') ?? []);

	const publicationId = isObject(article?.publication)
		? text(article.publication, 'id')
		: undefined;
	const refIds = known([...ids(references), ...(publicationId ? [publicationId] : [])]);
	const laneIds = known(ids(lanes));
	const claimIds = known(ids(claims));
	const eventIds = known(ids(events));
	const periodIds = known(ids(periods));

	return [
		...actorCodesDiffer(actors),
		...uniqueIds(lanes, 'lane'),
		...uniqueIds(events, 'event'),
		...uniqueIds(periods, 'period'),
		...uniqueIds(references, 'reference'),
		...publicationIdIsOwn(references, publicationId),
		...uniqueIds(claims, 'claim'),
		...uniqueIds(stories, 'story'),
		...uniqueIds(milestones, 'milestone'),
		...references.flatMap((reference) => [
			...calendarDates(reference),
			...referenceAddress(reference),
			...idAgreesWithIssued(reference)
		]),
		...events.flatMap((event) => [
			...mustExist(event.value.lane, [...event.path, 'lane'], 'lane', laneIds, 'lanes'),
			...sourcesResolve(event, refIds),
			...claimLinks(event, claimIds, article !== undefined),
			...rangeRunsForward(event.value, event.path, 'date', 'end'),
			...summaryIsSafe(event, parsed),
			...sideIsAnActor(event, actorCodes)
		]),
		...periods.flatMap((period) => [
			...sourcesResolve(period, refIds),
			...rangeRunsForward(period.value, period.path, 'start', 'end')
		]),
		...milestones.flatMap((milestone) => milestoneTarget(milestone, eventIds)),
		...stories.flatMap((story) =>
			storySteps(story, { event: eventIds, period: periodIds, claim: claimIds })
		)
	];
}
