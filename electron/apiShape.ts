/** The contract's names as plain data (shared/channels.ts), for the preload. */
export { API_SHAPE, channelsOf } from '../shared/channels';
