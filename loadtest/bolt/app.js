// Bolt for JavaScript 5.1 (HTTP receiver) answering the same signed /mpm request
// with a fixed string and no search: the peer mpmcoach is measured against.
const { App } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  // A fixed token keeps it offline: no OAuth, no auth.test.
  authorize: async () => ({ botToken: 'xoxb-load-test', botId: 'B1', botUserId: 'UBOT' }),
});

app.command('/mpm', async ({ ack }) => {
  await ack('Senior Medical Practice Manager: US median $100k USD, US average $105k USD.');
});

(async () => {
  await app.start(Number(process.env.PORT || 3000));
  console.log('bolt listening on', process.env.PORT || 3000);
})();
