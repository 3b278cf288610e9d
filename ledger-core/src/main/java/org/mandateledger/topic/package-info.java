/** The topic feature: its aggregate and the rules it keeps. */
package org.mandateledger.topic;
