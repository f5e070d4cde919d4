/** `skimage.draw`: the pixel coordinates of lines, circles, ellipses, polygons and rectangles. */
export { line, line_aa, circle_perimeter, circle_perimeter_aa } from "./lines";
export type { CirclePerimeterOptions } from "./lines";
export { polygon, ellipse, disk, rectangle, polygon2mask } from "./shapes";
export type { EllipseOptions, RectangleOptions } from "./shapes";
export { set_color } from "./set_color";
export { line_nd } from "./line_nd";
export { ellipse_perimeter } from "./ellipse_perimeter";
export { bezier_curve } from "./bezier";
