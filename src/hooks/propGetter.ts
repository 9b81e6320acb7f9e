import type { Ref } from 'react';

/** `data-*` attributes, which React passes through on every element. */
export type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

/**
 * A prop getter for one element, as Downshift and React Aria type theirs: it takes the caller's
 * props for that element, checked against React's own attribute types (`Attributes`: a typo'd value
 * like `rows: 'three'` fails to compile, and `onChange: (event) => …` gets a typed event without an
 * annotation), and returns the final props: the hook's, merged with the caller's, whose own types
 * come back as they were passed (`Extra`). `Returned` adds what the hook always sets (a ref).
 */
export type PropGetter<Attributes, E extends Element, Returned = unknown> = <Extra extends Partial<Attributes> & DataAttributes>(
  props?: Extra & { ref?: Ref<E> },
) => Attributes & Extra & Returned;
