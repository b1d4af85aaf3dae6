// Every interface-string namespace of this locale; a new namespace is one line here.
export { default as common } from "./common.json" with { type: "json" };
export { default as auth } from "./auth.json" with { type: "json" };
export { default as admin } from "./admin.json" with { type: "json" };
export { default as errors } from "./errors.json" with { type: "json" };
export { default as errorPage } from "./errorPage.json" with { type: "json" };
export { default as dataset } from "./dataset.json" with { type: "json" };
export { default as articles } from "./articles.json" with { type: "json" };
export { default as search } from "./search.json" with { type: "json" };
export { default as notices } from "./notices.json" with { type: "json" };
export { default as forum } from "./forum.json" with { type: "json" };
export { default as library } from "./library.json" with { type: "json" };
export { default as products } from "./products.json" with { type: "json" };
export { default as reach } from "./reach.json" with { type: "json" };
export { default as documents } from "./documents.json" with { type: "json" };
export { default as everyday } from "./everyday.json" with { type: "json" };
export { default as training } from "./training.json" with { type: "json" };
