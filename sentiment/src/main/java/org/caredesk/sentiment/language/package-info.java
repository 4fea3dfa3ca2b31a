/** Language identification: OpenNLP langdetect for long texts, hint and stop-word vote for short ones. */
package org.caredesk.sentiment.language;
