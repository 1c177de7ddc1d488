/**
 * The one escaping function for Slack mrkdwn. Slack treats only &, < and > as control characters in
 * message text; escaping them (ampersand first, so an escape is never escaped twice) means a quote or a
 * query holding `<!channel>`, `<@U123>` or `<https://evil|a fake link>` is shown as text and never pings
 * or links anyone. Used on every piece of article or user text that reaches a mrkdwn field.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
