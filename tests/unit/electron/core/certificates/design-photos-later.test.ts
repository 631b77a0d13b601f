/** Photos of the held-out designs, the second half of the batches (design-photos.ts). */
import { describePhotoFloors } from './design-photos';

describePhotoFloors('second');
