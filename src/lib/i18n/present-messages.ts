// Strings of seminar mode: the presentation pages and the presenter view. Same rules as messages.ts.
import { translator } from './messages';

const en = {
	'present.title': '{story} · {timeline}',
	'present.step': 'Step {step} of {count}',
	'present.previous': 'Previous step',
	'present.next': 'Next step',
	'present.overview': 'All steps',
	'present.overviewTitle': 'All steps of “{story}”',
	'present.presenter': 'Presenter view',
	'present.fullscreen': 'Full screen',
	'present.contrast': 'High contrast',
	'present.exit': 'Back to the explorer',
	'present.controls': 'Presentation controls',
	'present.keys':
		'Keys: → or Space next, ← previous, Home, End, a number then Enter to jump, f full screen, o all steps, p presenter view, c high contrast, Escape back to the explorer.',
	'present.jump': 'Go to step {step}: press Enter',
	'present.claim': 'Claim',
	'present.event': 'Event',
	'present.period': 'Period',
	/** Between a period's name and dates and its discourse level. */
	'present.periodLevel': ', ',
	'present.noStep': 'There is no step {step}: this story has steps 1 to {count}.',
	'presenter.heading': 'Presenter view',
	'presenter.now': 'Now',
	'presenter.next': 'Next',
	'presenter.end': 'End of the story',
	'presenter.notes': 'Notes',
	'presenter.noNotes': 'No notes for this step.',
	'presenter.elapsed': 'Elapsed',
	'presenter.clock': 'Time',
	'presenter.restart': 'Restart the timer',
	'presenter.hint':
		'This window and the audience window stay on the same step, whichever one you drive.'
} as const;

export type PresentKey = keyof typeof en;

export const tp = translator(en, 'present');

/** The English table, which the other languages translate (tests compare pages against it). */
export { en as english };
