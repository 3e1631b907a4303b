import { desk } from './en/desk';
import { gate } from './en/gate';
import { organiser } from './en/organiser';
import { producer } from './en/producer';
import { producerApplications } from './en/producer-applications';
import { producerCatalogue } from './en/producer-catalogue';
import { producerInbox } from './en/producer-inbox';
import type { Catalogue } from './catalogue';
import type { vi } from './vi';

/** The English catalogue: the same keys as Vietnamese, checked by the compiler. */
export const en: Catalogue<typeof vi> = {
  common: {
    loading: 'Loading…',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saved: 'Saved',
    edit: 'Edit',
    delete: 'Delete',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
  },
  nav: {
    skip: 'Skip to the main content',
    menu: 'Open the menu',
    main: 'Main menu',
    language: 'Language',
    signIn: 'Sign in',
    signOut: 'Sign out',
    sessions: 'Signed-in devices',
    account: 'Account of {{name}}',
    organiser: {
      dashboard: 'Dashboard',
      fairs: 'Fairs',
      visitors: 'Visitors',
      campaigns: 'Invitations',
      messages: 'Mail sent',
    },
    producer: {
      overview: 'Overview',
      fairs: 'Find a fair',
      applications: 'Applications',
      products: 'Products',
      inquiries: 'Buyer inquiries',
      samples: 'Showcase samples',
      profile: 'Producer profile',
    },
  },
  footer: 'Hội Chợ · open-source software for craft-village fairs',
  errors: {
    home: 'Go to the start page',
    network: 'The server could not be reached. Check the network and try again.',
    formTitle: 'Not saved',
    wrongRole: {
      title: 'This page is not for your account',
      body: 'Sign in with an account that may see this page.',
    },
    notFound: {
      title: 'Page not found',
      body: 'The link is wrong, or what it pointed to was removed.',
    },
    failed: {
      title: 'Something went wrong',
      body: 'Something went wrong. Try again in a few minutes.',
    },
  },
  legalForm: {
    enterprise: 'Enterprise',
    cooperative: 'Cooperative',
    cooperative_group: 'Cooperative group',
    household_business: 'Household business',
  },
  home: {
    title: 'Trade fairs for craft-village producers',
    lead: 'Find fairs open for applications, apply for a booth, and follow your application to the booth you get.',
    findFair: 'Find a fair',
    newProducer: 'A new producer?',
    signUp: 'Create an account',
  },
  auth: {
    email: 'Email',
    password: 'Password',
    emailInvalid: 'This is not an email address (for example: name@phuvinh.vn)',
    passwordRequired: 'Enter your password',
    passwordTooShort: 'The password needs at least 10 characters',
    passwordRule: 'At least 10 characters; a sentence you remember works well',
    showPassword: 'Show or hide the password',
    signIn: {
      title: 'Sign in',
      forgot: 'Forgot your password?',
      submit: 'Sign in',
      noAccount: 'No account yet?',
      signUp: 'Sign up',
    },
    signUp: {
      title: 'Register a producer',
      legalForm: 'Legal form',
      producerName: 'Producer name',
      producerNameHint: 'As on the registration, e.g. HTX Mây tre đan Phú Vinh',
      producerNameRequired: 'Enter the producer’s name',
      fullName: 'Your full name',
      fullNameRequired: 'Enter your full name',
      submit: 'Sign up',
      haveAccount: 'Already registered?',
      checkMailTitle: 'Check your email',
      checkMail:
        'We sent a message to {{email}}. Follow the link in it to confirm the address, then sign in.',
    },
    verify: {
      title: 'Confirm your email',
      explain: 'Press the button below to confirm your email address.',
      submit: 'Confirm my email',
      doneTitle: 'Email confirmed',
      done: 'Your email address is confirmed. You can sign in now.',
      alreadyTitle: 'Email already confirmed',
      already:
        'This email address was already confirmed; there is nothing more to do. You can sign in now.',
    },
    forgot: {
      title: 'Forgot your password',
      explain: 'Enter your account’s email; we will send a link to set a new password.',
      submit: 'Send the link',
      sent: 'If this address has an account, a message is on its way. Its link works for 60 minutes.',
    },
    reset: {
      title: 'Set a new password',
      password: 'New password',
      repeat: 'The new password again',
      mismatch: 'The two passwords differ',
      submit: 'Save the new password',
      doneTitle: 'Password changed',
      done: 'Your password is changed and every device was signed out. Sign in again.',
    },
  },
  sessions: {
    title: 'Signed-in devices',
    current: 'This device',
    revoke: 'Sign this device out',
    confirmTitle: 'Sign this device out?',
    confirm: 'That device will have to sign in again.',
    unknownDevice: 'Unknown device',
    since: 'since {{when}}',
    until: 'expires {{when}}',
  },
  producer,
  producerApplications,
  producerCatalogue,
  producerInbox,
  organiser,
  desk,
  gate,
};
