/**
 * The line under the search's status that says how a typed place was read: the places searched
 * (已检索地区：鼓楼区（江苏省、福建省）), or, when it names none, links to the same search in the
 * closest places. Written with DOM text nodes: the typed place is the visitor's text. Browser only.
 */
import { searchStrings as s } from '../../i18n/zh-CN.ts';
import { namePlaces, type PlaceMatch } from './place-match.ts';

/** Show what a typed place matched in `note`; `searchIn` is the URL of the same search in another place. */
export function showPlaceNote(note: HTMLElement, match: PlaceMatch, searchIn: (place: string) => string): void {
  note.replaceChildren();
  note.hidden = false;
  if (match.found.length > 0) {
    note.textContent = s.placesSearched(namePlaces(match.found).map((place) => place.label));
    return;
  }
  const suggestions = 'suggestions' in match ? namePlaces(match.suggestions) : [];
  if (suggestions.length === 0) {
    note.textContent = s.noPlaceHint;
    return;
  }
  note.append(s.placeSuggestions);
  suggestions.forEach((place, i) => {
    const link = document.createElement('a');
    link.href = searchIn(place.name);
    link.textContent = place.label;
    note.append(...(i > 0 ? ['、', link] : [link]));
  });
}
