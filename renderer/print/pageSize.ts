/** The paper a print page is laid out for, from its address (`?pageSize=A4|Letter`; A4 unless Letter). */
export type PageSize = 'A4' | 'Letter';

export function pageSizeOf(params: URLSearchParams): PageSize {
  return params.get('pageSize') === 'Letter' ? 'Letter' : 'A4';
}
