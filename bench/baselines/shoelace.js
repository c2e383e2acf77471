// Baseline (c): Shoelace 2.20.x <sl-details>, importing only that component, the way its docs
// recommend cherry-picking (its theme, themes/light.css, is a separate stylesheet on the page).
import '@shoelace-style/shoelace/dist/components/details/details.js';
