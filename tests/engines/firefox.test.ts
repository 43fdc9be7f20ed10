import { corePath } from './core-path';
import { launchFirefox } from './firefox';

corePath('firefox', launchFirefox);
