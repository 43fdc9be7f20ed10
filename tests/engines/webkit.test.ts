import { corePath } from './core-path';
import { launchWebKit } from './webkit';

corePath('webkit', launchWebKit);
