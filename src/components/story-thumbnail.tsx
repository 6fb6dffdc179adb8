import type { Image } from '../contract/image';

type StoryThumbnailProps = { image: Image | undefined };

// Lists crop every photo to 3:2 (object-fit), so width and height are the box drawn, whatever the file's shape.
const WIDTH = 240;
const HEIGHT = 160;

/** A story's photo in a list: decorative (the headline beside it names the story), loaded when near. */
export function StoryThumbnail({ image }: StoryThumbnailProps) {
  if (!image) return null;
  return (
    <img className="thumbnail" src={image.src} alt="" width={WIDTH} height={HEIGHT} loading="lazy" decoding="async" />
  );
}
