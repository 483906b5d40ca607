// Peer configuration for the benchmark: remark-cli bridging to retext with the Dutch parser and two prose
// checkers, the closest off-the-shelf equivalent of what Scherp does.
import remarkRetext from 'remark-retext';
import retextDutch from 'retext-dutch';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import { unified } from 'unified';

export default {
  plugins: [[remarkRetext, unified().use(retextDutch).use(retextIntensify).use(retextPassive)]],
};
