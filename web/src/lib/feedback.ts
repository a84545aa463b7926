import { message as staticMessage } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';

// antd's App context gives themed, locale-aware message instances; code outside React
// (download(), mutation callbacks) reaches them through this bridge, set once by the app shell.
let current: MessageInstance = staticMessage;

export function setMessageApi(api: MessageInstance): void {
  current = api;
}

export function toast(): MessageInstance {
  return current;
}
