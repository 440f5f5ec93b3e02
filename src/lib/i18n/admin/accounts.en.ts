/** The admin area's words in English, key for key as in accounts.pl.ts. */
import type { accountsPl } from './accounts.pl';

export const accountsEn: typeof accountsPl = {
	area: 'Editors’ area',
	skip: 'Skip to content',
	nav: 'Editors’ area',
	navDashboard: 'Dashboard',
	navPractices: 'Practices',
	navPartnerships: 'Partnerships',
	navUsers: 'Users',
	navSubmissions: 'Submissions',
	navOutbox: 'Mail',
	signedInAs: 'Signed in as',
	logout: 'Log out',
	errorSummary: 'Please correct the form:',
	login: {
		title: 'Log in',
		intro: 'For the curators of the database and the editors of local governments.',
		email: 'E-mail',
		password: 'Password',
		submit: 'Log in',
		missingEmail: 'Enter your e-mail address.',
		missingPassword: 'Enter your password.',
		passwordSet: 'The password has been set. Log in with the new password.',
		loggedOut: 'You have been logged out.',
		loggedOutEverywhere: 'You have been logged out on every device.'
	},
	logoutPage: {
		title: 'Log out',
		question: 'Do you want to log out of the editors’ area?',
		notSignedIn: 'You are not logged in.',
		toLogin: 'Go to the login page'
	},
	dashboard: {
		title: 'Dashboard',
		you: 'Your account',
		role: 'Role',
		name: 'Name',
		organisation: 'Organisation',
		units: 'Your units',
		everyRecord: 'Your role covers every record.',
		work: 'Work',
		practicesLink: 'Practices: add and correct',
		partnershipsLink: 'Partnerships: members on the map',
		usersLink: 'Users: accounts, roles, passwords',
		logoutEverywhere: 'Log out everywhere',
		logoutEverywhereNote: 'Ends all your sessions, on other devices and browsers too.'
	},
	users: {
		title: 'Users',
		list: 'Accounts',
		email: 'E-mail',
		name: 'Name',
		organisation: 'Organisation',
		role: 'Role',
		units: 'Units (TERYT codes)',
		unitsHint:
			'Unit editors only: TERYT codes of gminy (7 digits), powiaty (4) or województwa (2), separated by spaces or commas.',
		status: 'Status',
		active: 'active',
		disabled: 'disabled',
		lastLogin: 'Active session since',
		never: '—',
		you: '(you)',
		add: 'Add a user',
		addSubmit: 'Add',
		password: 'Initial password',
		passwordHint:
			'At least 12 characters. You may leave it out and send the user a link to set a password.',
		change: 'Change',
		changeOf: (email: string) => `Change the account ${email}`,
		save: 'Save changes',
		disable: 'Disable the account',
		enable: 'Enable the account',
		reset: 'Password reset link',
		ownRole: 'You cannot change your own role or units.',
		ownDisable: 'You cannot disable your own account.',
		added: (email: string) => `The account ${email} has been added.`,
		saved: (email: string) => `The account ${email} has been saved.`,
		disabledDone: (email: string) => `The account ${email} is disabled; its sessions have ended.`,
		enabledDone: (email: string) => `The account ${email} is enabled.`,
		resetMailed: (email: string) => `A password reset link has been sent to ${email}.`,
		resetShown: (email: string) =>
			`Password reset link for ${email} (valid for 24 hours, once; shown only now):`,
		noUser: 'No such account.',
		mailSubject: 'Mapa Partnerstw: set your password',
		mailText: (link: string) =>
			`Hello,\n\nthis is a link to set your password in the editors’ area of Mapa Partnerstw (valid for 24 hours, once):\n\n${link}\n\nIf you did not expect this message, ignore it.`
	},
	resetPage: {
		title: 'Set a new password',
		for: 'Account',
		password: 'New password',
		confirm: 'Repeat the new password',
		hint: 'At least 12 characters, not your e-mail address.',
		submit: 'Set the password',
		mismatch: 'The passwords differ.',
		invalid:
			'This password reset link is not valid: it has expired, has been used, or does not exist. Ask an administrator for a new one.'
	}
};
