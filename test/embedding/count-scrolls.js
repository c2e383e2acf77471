// Loaded before the bundles by the probe pages that check scrolling: counts scrollIntoView calls, by
// the tag of the shadow root they came from, in window.scrolls.
window.scrolls = [];
{
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (...args) {
    window.scrolls.push(this.getRootNode().host?.localName);
    return original.apply(this, args);
  };
}
