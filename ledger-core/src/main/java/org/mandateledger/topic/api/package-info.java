/** The messages of the topic feature: the tree of subjects on which general practice speaks. */
package org.mandateledger.topic.api;
