// Builds DOM nodes. Text always goes in as text nodes, so a room called "<script>" stays words
// on the page: nothing in this console assigns markup from data (no innerHTML).

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(node, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.setAttribute('class', value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (value === true) {
      node.setAttribute(key, '');
    } else {
      node.setAttribute(key, String(value));
    }
  }
}

function fill(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** h('p', {class: 'x'}, 'text', otherNode): an HTML element. */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  apply(node, props);
  return fill(node, children);
}

/** The same for SVG elements (the usage chart). */
export function svg(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, props);
  return fill(node, children);
}

/** Replaces every child of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return fill(node, children);
}
