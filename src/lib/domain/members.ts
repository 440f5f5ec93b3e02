/**
 * A partnership's member units as the edit form carries them. The compact form of one member is
 * `teryt:role[:joined[:left]]` (`1206113:leader`, `1206012:member:2015:2020-06-30`,
 * `1206012:member::2020`), the value of a repeated `members` field; pure and browser-safe, so the
 * picker writes what the server reads (src/lib/server/curation/member-fields.ts).
 */
import { isOrdered, isYearOrDate } from '../dates';
import type { MemberKind } from './kinds';

export const MEMBER_ROLES = ['leader', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export function isMemberRole(s: string): s is MemberRole {
	return (MEMBER_ROLES as readonly string[]).includes(s);
}

/** One member unit: a TERYT code, its role, and when it joined and left (a year or a date). */
export interface MemberUnit {
	teryt: string;
	role: MemberRole;
	joined: string | null;
	left: string | null;
}

/** A member that is not a Polish local government (an NGO, a firm, a foreign partner). */
export interface OtherMember {
	name: string;
	kind: MemberKind;
	country: string | null;
	town: string | null;
	role: MemberRole;
	note: string | null;
}

/** A unit as the member picker shows it: name, type, powiat and województwo. */
export interface UnitInfo {
	code: string;
	name: string;
	level: 'woj' | 'pow' | 'gmi';
	/** 1 miejska, 2 wiejska, 3 miejsko-wiejska (gminy only). */
	gminaType: number | null;
	powiat: string | null;
	wojewodztwo: string | null;
}

/** One line of a pasted member list, matched (src/lib/server/curation/member-list.ts). */
export interface MemberLine {
	/** 1-based line number in the pasted text. */
	line: number;
	/** What the line said (the cell that was read). */
	text: string;
	status: 'matched' | 'ambiguous' | 'unknown';
	unit?: UnitInfo;
	candidates?: UnitInfo[];
	/** Why a line is unknown, Polish and English. */
	problem?: { pl: string; en: string };
}

/** A TERYT code's shape: 2 digits (województwo), 4 (powiat) or 7 (gmina). */
export const TERYT_SHAPE = /^(?:\d{2}|\d{4}|\d{7})$/;

/** The compact form of a member (trailing empty dates are left out). */
export function formatMember(m: MemberUnit): string {
	const parts = [m.teryt, m.role, m.joined ?? '', m.left ?? ''];
	while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
	return parts.join(':');
}

/** What is wrong with one part of a member, for messages (see member-fields.ts). */
export type MemberProblem = 'format' | 'teryt' | 'role' | 'joined' | 'left' | 'order';

/** The raw parts of a compact member value, before any check. */
export function splitMember(value: string): {
	teryt: string;
	role: string;
	joined: string;
	left: string;
	extra: boolean;
} {
	const [teryt = '', role = '', joined = '', left = '', ...rest] = value
		.split(':')
		.map((p) => p.trim());
	return { teryt, role, joined, left, extra: rest.length > 0 };
}

/**
 * The problems of a member's parts: the code's shape (whether it exists is the server's
 * question), the role, each date (a year or YYYY-MM-DD) and their order.
 */
export function memberProblems(p: {
	teryt: string;
	role: string;
	joined: string;
	left: string;
}): MemberProblem[] {
	const out: MemberProblem[] = [];
	if (!TERYT_SHAPE.test(p.teryt)) out.push('teryt');
	if (!isMemberRole(p.role)) out.push('role');
	if (p.joined && !isYearOrDate(p.joined)) out.push('joined');
	if (p.left && !isYearOrDate(p.left)) out.push('left');
	if (p.joined && p.left && !out.includes('joined') && !out.includes('left'))
		if (!isOrdered(p.joined, p.left)) out.push('order');
	return out;
}
