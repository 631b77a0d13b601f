/** Photos of the held-out designs, the first half of the batches (design-photos.ts). */
import { describePhotoFloors } from './design-photos';

describePhotoFloors('first');
