/** The messages of the issue feature: matters on which general practice takes a view, and its positions on them. */
package org.mandateledger.issue.api;
