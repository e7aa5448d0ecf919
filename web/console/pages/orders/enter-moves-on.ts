/**
 * Keyboard-first forms: Enter in a text, number or date input moves the focus to the next field
 * instead of submitting the form (selects keep their own Enter; text areas add a line).
 */
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([disabled]):not([type=hidden]), textarea:not([disabled]), button[type=submit]';

export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') === 'combobox') return;
  // The picker has already taken the typed date on its own Enter; only the form submit is stopped.
  event.preventDefault();
  const form = event.currentTarget;
  const all = Array.from(form.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.offsetParent !== null && el.tabIndex >= 0,
  );
  const next = all[all.indexOf(target) + 1];
  if (next && next.getAttribute('type') !== 'submit') setTimeout(() => next.focus(), 0);
  else if (next) next.focus();
}
