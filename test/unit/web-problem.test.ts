import { describe, expect, it } from 'vitest';
import { ApiError, fieldMessages, toApiError } from '../../src/web/problem.js';

describe('toApiError', () => {
  it('reads a problem+json body', () => {
    const error = toApiError(422, {
      type: 'urn:kindkader:probleem:validatie',
      title: 'Ongeldige invoer',
      status: 422,
      detail: 'De invoer is niet geldig.',
      instance: '/api/v1/sessie',
      errors: [{ path: 'body.email', message: 'vul een e-mailadres in' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.title).toBe('Ongeldige invoer');
    expect(error.detail).toBe('De invoer is niet geldig.');
    expect(error.errors).toEqual([{ path: 'body.email', message: 'vul een e-mailadres in' }]);
  });

  it('copes with a body that is no problem at all', () => {
    const error = toApiError(502, '<html>Bad Gateway</html>');
    expect(error.status).toBe(502);
    expect(error.detail).toBe('');
    expect(error.errors).toEqual([]);
    expect(toApiError(500, { errors: [{ path: 1 }] }).errors).toEqual([]);
  });
});

describe('fieldMessages', () => {
  it('maps server field paths to form field names, first message winning, as sentences', () => {
    expect(
      fieldMessages([
        { path: 'body.email', message: 'vul een e-mailadres in' },
        { path: 'body.email', message: 'tweede melding' },
        { path: 'query.van', message: 'geen datum' },
        { path: 'nieuwWachtwoord', message: 'te kort' },
      ]),
    ).toEqual({ email: 'Vul een e-mailadres in', van: 'Geen datum', nieuwWachtwoord: 'Te kort' });
  });
});
