/**
 * The one way the pane makes elements. Text goes in as text nodes only: names from the workbook (a roster name
 * like `<img src=x onerror=…>`) are shown, never parsed. Attributes are set one by one; `false`/null omit one.
 */
type AttributeValue = string | number | boolean | null | undefined;
type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  appendAll(element, children);
  return element;
}

export function appendAll(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content (Edge Legacy has no replaceChildren). */
export function replaceContent(parent: Element, children: readonly Child[]): void {
  parent.textContent = "";
  appendAll(parent, children);
}

export function setHidden(element: Element, hidden: boolean): void {
  if (hidden) element.setAttribute("hidden", "");
  else element.removeAttribute("hidden");
}
