import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; react-router needs them at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The suite runs on a shared, often loaded machine (2 cores, several jobs). Testing Library's default of 1 s for
// findBy*/waitFor is less than a dialog's exit transition plus a few *ByRole passes take there: while a dialog
// fades out the page behind it is aria-hidden, and a query for a button behind it fails ("Unable to find
// role=button"). A wait returns as soon as its condition holds, so a generous deadline costs nothing when the
// app is right; jest's per-test limit (jest.config.js) stays above it.
configure({ asyncUtilTimeout: 10_000 });
