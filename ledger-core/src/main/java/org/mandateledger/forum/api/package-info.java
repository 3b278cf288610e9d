/** The messages of the forum feature: the system bodies at which general practice speaks. */
package org.mandateledger.forum.api;
