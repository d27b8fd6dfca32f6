// How the axis writes Gregorian dates in Russian and Persian (English's is in ticks.ts): each loaded
// only where it is needed, with its language's pages or the other calendar's part.
import type { AxisLocale } from './ticks';

/** Russian and Persian, as d3-time-format's locale/ru-RU.json and fa-IR.json define them. */
export const AXIS_RU: AxisLocale = {
	dateTime: '%A, %e %B %Y г. %X',
	date: '%d.%m.%Y',
	time: '%H:%M:%S',
	periods: ['AM', 'PM'],
	days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
	shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
	months: [
		'января',
		'февраля',
		'марта',
		'апреля',
		'мая',
		'июня',
		'июля',
		'августа',
		'сентября',
		'октября',
		'ноября',
		'декабря'
	],
	shortMonths: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']
};
const FA_MONTHS: AxisLocale['months'] = [
	'ژانویه',
	'فوریه',
	'مارس',
	'آوریل',
	'مه',
	'ژوئن',
	'ژوئیه',
	'اوت',
	'سپتامبر',
	'اکتبر',
	'نوامبر',
	'دسامبر'
];
export const AXIS_FA: AxisLocale = {
	dateTime: '%x, %X',
	date: '%-d/%-m/%Y',
	time: '%-I:%M:%S %p',
	periods: ['صبح', 'عصر'],
	days: ['یکشنبه', 'دوشنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'],
	shortDays: ['یکشنبه', 'دوشنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'],
	months: FA_MONTHS,
	shortMonths: FA_MONTHS
};
