import type { Catalogue } from '../catalogue';
import type { visitorEdit as vi } from '../vi/visitor-edit';

/** Changing visitors' segment and tags, one or many at once (English). */
export const visitorEdit: Catalogue<typeof vi> = {
  select: 'Select {{name}}',
  selectPage: 'Select the whole page',
  edit: 'Edit',
  editOf: 'Edit the segment and tags of {{name}}',
  title: 'Segment and tags of {{name}}',
  tags: 'The visitor’s tags',
  tagsHint: 'Type a tag and press Enter',
  noSegment: 'No segment',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Changes to {{name}} saved',
  selected: '{{count}} visitors selected',
  clear: 'Clear selection',
  tag: 'Tag to add or remove',
  addTag: 'Add tag',
  removeTag: 'Remove tag',
  setSegment: 'Set segment',
  confirmTitle: 'Confirm the change',
  confirmAdd: 'Add the tag “{{tag}}” to {{count}} visitors?',
  confirmRemove: 'Remove the tag “{{tag}}” from {{count}} visitors?',
  confirmSegment: 'Set the segment “{{segment}}” for {{count}} visitors?',
  confirm: 'Apply to {{count}} visitors',
  done: '{{count}} visitors updated',
};
