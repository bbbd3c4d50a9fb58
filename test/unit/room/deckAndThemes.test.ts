import { describe, expect, it } from 'vitest';
import {
  addTheme,
  commentKey,
  decisionsFor,
  moveToTheme,
  removeTheme,
  themedWall,
  themesFromQuestions,
  toggleHidden,
  toggleStar,
  type CommentWall,
} from '../../../shared/domain/results';
import {
  arrangeSlides,
  edgeVisible,
  hideSlide,
  moveSlide,
  setSlideNotes,
  showSlide,
  slideNotes,
  stepVisible,
} from '../../../shared/domain/room';
import { DeckSettings } from '../../../shared/schema/room';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const deck = (patch: Partial<DeckSettings> = {}) => ({ ...DeckSettings.parse({}), ...patch });
const slides = ['title', 'agenda', 'headline', 'overall', 'comments-1'].map((id) => ({ id }));

describe('deck control', () => {
  it('keeps the facilitator’s order and puts slides it never ordered after their built-in predecessor', () => {
    const arranged = arrangeSlides(slides, deck({ order: ['title', 'headline', 'agenda'] }));
    expect(arranged.map((a) => a.slide.id)).toEqual(['title', 'headline', 'overall', 'comments-1', 'agenda']);
    const inserted = arrangeSlides(
      [{ id: 'title' }, { id: 'agenda' }, { id: 'extra' }, { id: 'headline' }],
      deck({ order: ['headline', 'title', 'agenda'] }),
    );
    expect(inserted.map((a) => a.slide.id)).toEqual(['headline', 'title', 'agenda', 'extra']);
  });

  it('skips hidden slides going forward and back, and at the ends', () => {
    const arranged = arrangeSlides(slides, deck({ hidden: ['agenda', 'comments-1'] }));
    expect(stepVisible(arranged, 0, 1)).toBe(2);
    expect(stepVisible(arranged, 2, -1)).toBe(0);
    expect(stepVisible(arranged, 3, 1)).toBe(3);
    expect(edgeVisible(arranged, 'last')).toBe(3);
    expect(edgeVisible(arranged, 'first')).toBe(0);
  });

  it('refuses to hide the slide on screen or the last one shown; the deck stays as it was', () => {
    const d = deck();
    const onScreen = hideSlide(d, 'overall', 'overall', ['overall', 'title']);
    expect('error' in onScreen && onScreen.error.message).toMatch(/room is looking at this slide/);
    const last = hideSlide(d, 'title', 'overall', ['title']);
    expect('error' in last && last.error.reason).toBe('last-visible');
    const ok = hideSlide(d, 'agenda', 'overall', ['agenda', 'overall']);
    expect('deck' in ok && ok.deck.hidden).toEqual(['agenda']);
    expect(d.hidden).toEqual([]);
    expect(showSlide(deck({ hidden: ['agenda'] }), 'agenda').hidden).toEqual([]);
  });

  it('moves slides one place and saves the whole order', () => {
    const ids = slides.map((s) => s.id);
    expect(moveSlide(ids, deck(), 'overall', -1).order).toEqual([
      'title',
      'agenda',
      'overall',
      'headline',
      'comments-1',
    ]);
    expect(moveSlide(ids, deck(), 'title', -1).order).toEqual([]);
  });

  it('keeps the facilitator’s notes per slide, back to the built-in ones when equal', () => {
    let d = setSlideNotes(deck(), 'overall', 'Ask who is surprised', 'Built in');
    expect(slideNotes(d, 'overall', 'Built in')).toBe('Ask who is surprised');
    d = setSlideNotes(d, 'overall', 'Built in', 'Built in');
    expect(d.notes).toEqual({});
    expect(slideNotes(setSlideNotes(deck(), 'x', '', 'Built in'), 'x', 'Built in')).toBe('');
  });
});

const comment = (questionId: string, text: string) => ({
  key: commentKey(questionId, text),
  questionId,
  question: questionId === 'q1' ? 'What should we do better?' : 'Biggest obstacle?',
  text,
});
const wall: CommentWall = {
  shown: true,
  reason: '',
  comments: [
    comment('q1', 'One MQL definition'),
    comment('q1', 'Weekly meeting'),
    comment('q2', 'No feedback on rejected leads'),
    comment('q2', 'Different CRM views'),
  ],
};
const [c1, c2, c3, c4] = wall.comments as [
  ReturnType<typeof comment>,
  ReturnType<typeof comment>,
  ReturnType<typeof comment>,
  ReturnType<typeof comment>,
];

describe('comment themes, hidden and starred comments', () => {
  it('keys a comment by its question and text only', () => {
    expect(commentKey('q1', 'a')).toBe(commentKey('q1', 'a'));
    expect(commentKey('q1', 'a')).not.toBe(commentKey('q2', 'a'));
    expect(commentKey('q1', 'a')).toMatch(/^c-[0-9a-f]{16}$/);
  });

  it('groups into themes with counts, most first; a hidden comment never reaches the room’s view', () => {
    let d = decisionsFor([], uuid(9));
    const added = addTheme(d, 'Lead quality', uuid(1));
    if ('error' in added) throw new Error(added.error.message);
    d = added.decisions;
    d = moveToTheme(d, c1.key, uuid(1));
    d = moveToTheme(d, c3.key, uuid(1));
    d = toggleHidden(d, c3.key);
    d = toggleStar(d, c4.key);
    const room = themedWall(wall, d, 'room');
    expect(room.themes.map((t) => [t.name, t.count])).toEqual([['Lead quality', 1]]);
    expect(JSON.stringify(room)).not.toContain('No feedback on rejected leads');
    expect(room.unthemed.map((c) => c.text)).toEqual(['Different CRM views', 'Weekly meeting']); // starred first
    expect(room.hiddenCount).toBe(1);
    const facilitator = themedWall(wall, d, 'facilitator');
    expect(facilitator.themes[0]!.comments.find((c) => c.key === c3.key)?.hidden).toBe(true);
    expect(facilitator.themes[0]!.count).toBe(1);
  });

  it('refuses a blank or duplicate theme name; an empty theme stays off the room’s view and is named to the facilitator', () => {
    const d = decisionsFor([], uuid(9));
    const blank = addTheme(d, '   ', uuid(1));
    expect('error' in blank && blank.error.reason).toBe('blank-name');
    const one = addTheme(d, 'Tools', uuid(1));
    if ('error' in one) throw new Error('unexpected');
    const dup = addTheme(one.decisions, ' tools ', uuid(2));
    expect('error' in dup && dup.error.message).toBe('There is already a theme called “tools”.');
    expect(themedWall(wall, one.decisions, 'room').themes).toEqual([]);
    expect(themedWall(wall, one.decisions, 'facilitator').emptyThemes).toEqual([{ id: uuid(1), name: 'Tools' }]);
    // A theme whose only comment is hidden is empty for the room.
    let hiddenOnly = moveToTheme(one.decisions, c2.key, uuid(1));
    hiddenOnly = toggleHidden(hiddenOnly, c2.key);
    expect(themedWall(wall, hiddenOnly, 'room').themes).toEqual([]);
    expect(removeTheme(one.decisions, uuid(1)).themes).toEqual([]);
  });

  it('makes one theme per question from the comments in no theme', () => {
    let n = 0;
    const d = themesFromQuestions(decisionsFor([], uuid(9)), wall, () => uuid(50 + n++));
    const room = themedWall(wall, d, 'room');
    expect(room.themes.map((t) => [t.name, t.count])).toEqual([
      ['What should we do better?', 2],
      ['Biggest obstacle?', 2],
    ]);
    expect(room.unthemed).toEqual([]);
  });

  it('shows no themes on a wall hidden to protect anonymity', () => {
    const hidden: CommentWall = {
      shown: false,
      reason: 'Comments are hidden to protect anonymity: fewer than 5 responses.',
      comments: [],
    };
    let d = decisionsFor([], uuid(9));
    const added = addTheme(d, 'Tools', uuid(1));
    if ('decisions' in added) d = added.decisions;
    const t = themedWall(hidden, d, 'room');
    expect(t.shown).toBe(false);
    expect(t.themes).toEqual([]);
    expect(t.reason).toContain('anonymity');
  });
});
