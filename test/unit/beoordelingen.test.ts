import { describe, expect, it } from 'vitest';
import {
  ACTIE_STATUSSEN,
  BEOORDELING_STATUSSEN,
  UITKOMSTEN,
} from '../../src/contracts/beoordelingen.js';
import {
  ACTION_STATUSES,
  ASSESSMENT_STATUSES,
  type AssessmentState,
  adoptRefusal,
  attachmentKind,
  attachmentProblem,
  MAX_ATTACHMENT_BYTES,
  outcomeCounts,
  safeFileName,
  scoredByAssessor,
  writeRefusal,
} from '../../src/domain/framework/assessment.js';
import { OUTCOMES } from '../../src/domain/framework/evaluate.js';
import type { Norm } from '../../src/domain/framework/model.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('attachment kind by content', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(attachmentKind(new TextEncoder().encode('%PDF-1.7\n…'))).toBe('pdf');
    expect(attachmentKind(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('jpeg');
    expect(attachmentKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
  });

  it('refuses anything else, also when it is nearly right', () => {
    expect(attachmentKind(new TextEncoder().encode('%PDF'))).toBeNull(); // no dash
    expect(attachmentKind(bytes(0xff, 0xd8))).toBeNull();
    expect(attachmentKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(attachmentKind(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(attachmentKind(new TextEncoder().encode(' %PDF-1.7'))).toBeNull();
  });

  it('explains in Dutch what is wrong', () => {
    expect(attachmentProblem(new TextEncoder().encode('MZ'))).toBe(
      'Het bestand is geen PDF, JPEG of PNG; er is niets opgeslagen.',
    );
    expect(attachmentProblem(new Uint8Array(0))).toContain('leeg');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(attachmentProblem(big)).toContain('groter dan 10 MB');
    expect(attachmentProblem(big.subarray(0, MAX_ATTACHMENT_BYTES))).toBeNull();
  });

  it('names the stored file safely, with the extension of what it really is', () => {
    expect(safeFileName('verslag bezoek.png', 'pdf')).toBe('verslag_bezoek.pdf');
    expect(safeFileName('../../etc/"passwd"', 'png')).toBe('passwd.png');
    expect(safeFileName('C:\\map\\foto 1.jpeg', 'jpeg')).toBe('foto_1.jpg');
    expect(safeFileName('', 'jpeg')).toBe('bijlage.jpg');
  });
});

describe('which norms an assessor scores', () => {
  const base = {
    id: 'R1.4',
    title: { nl: '', en: '' },
    explanation: { nl: '', en: '' },
    level: 'location',
    source: { kind: 'seed', text: { nl: '', en: '' } },
  };
  it('manual norms and facts with an assessment', () => {
    const text = { nl: 'sfeer', en: 'feel' };
    expect(scoredByAssessor({ ...base, kind: 'manual', assessment: text } as Norm)).toBe(true);
    expect(
      scoredByAssessor({
        ...base,
        kind: 'fact',
        fact: 'terugtrekplek_kinderen',
        assessment: text,
      } as Norm),
    ).toBe(true);
    expect(scoredByAssessor({ ...base, kind: 'fact', fact: 'zelf_koken' } as Norm)).toBe(false);
    expect(
      scoredByAssessor({ ...base, kind: 'threshold', attribute: 'capaciteit', max: 150 } as Norm),
    ).toBe(false);
  });
});

describe('the workflow', () => {
  const concept: AssessmentState = {
    status: 'concept',
    revision: 3,
    createdBy: 1,
    lastEditedBy: 2,
  };

  it('lets a write through only on the current revision of a concept', () => {
    expect(writeRefusal(concept, 3)).toBeNull();
    expect(writeRefusal(concept, 2)).toEqual({ kind: 'stale', current: 3, basedOn: 2 });
    expect(writeRefusal({ ...concept, status: 'vastgesteld' }, 3)).toEqual({ kind: 'adopted' });
  });

  it('adopts by a second person only: not the creator, not the last editor, not the CLI', () => {
    expect(adoptRefusal(concept, 3, 1, [])).toEqual({ kind: 'creator' });
    expect(adoptRefusal(concept, 3, 2, [])).toEqual({ kind: 'last-editor' });
    expect(adoptRefusal(concept, 3, null, [])).toEqual({ kind: 'no-person' });
    expect(adoptRefusal(concept, 3, 7, [])).toBeNull();
  });

  it('adopts only when every assessor norm is scored, and never over a newer revision', () => {
    expect(adoptRefusal(concept, 3, 7, ['R1.4'])).toEqual({ kind: 'unscored', norms: ['R1.4'] });
    expect(adoptRefusal(concept, 2, 7, [])).toMatchObject({ kind: 'stale' });
    expect(adoptRefusal({ ...concept, status: 'vastgesteld' }, 3, 7, [])).toEqual({
      kind: 'adopted',
    });
  });

  it('counts a norm not yet scored as onbekend, never as voldoet', () => {
    expect(outcomeCounts(['voldoet', null, 'nvt', 'voldoet'])).toEqual({
      voldoet: 2,
      voldoet_deels: 0,
      voldoet_niet: 0,
      onbekend: 1,
      nvt: 1,
    });
  });

  it('speaks the same words as the API contract', () => {
    expect([...UITKOMSTEN]).toEqual([...OUTCOMES]);
    expect([...BEOORDELING_STATUSSEN]).toEqual([...ASSESSMENT_STATUSES]);
    expect([...ACTIE_STATUSSEN]).toEqual([...ACTION_STATUSES]);
  });
});
