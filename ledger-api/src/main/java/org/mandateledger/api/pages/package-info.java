/**
 * What every page shares (ADR 0018): the pages' security chain (sign-in form, session cookie,
 * CSRF), the layout's model, error pages, the sign-in page and the home page. The pages of a feature
 * live beside its REST controller and ask it, so a page never decides a rule the API does not.
 */
package org.mandateledger.api.pages;
