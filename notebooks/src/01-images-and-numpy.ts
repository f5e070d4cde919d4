// %% [markdown]
// # Basic Image Processing in TypeScript
//
// We will briefly talk about how to do basic image processing with **tslab-sci**, which brings
// scikit-image, NumPy and matplotlib to TypeScript notebooks running on the tslab kernel. For
// more about the Python originals see the scikit-image user guide
// (https://scikit-image.org/docs/stable/user_guide.html) and the scipy lectures on image
// processing (http://scipy-lectures.org/advanced/image_processing/index.html).
//
// ## Some basics on image storage
//
// An image is a grid of pixels; each pixel holds one number (gray) or three (red, green, blue),
// see https://www.whydomath.org/node/wavlets/imagebasics.html.
//
// ## Get started
//
// In Python you would `pip install scikit-image`. Here everything comes in one npm package:
//
// ```
// npm install tslab-sci
// ```
//
// scikit-image works with NumPy arrays, and so does tslab-sci: its `np.NDArray` plays the part
// of `numpy.ndarray`. The Python `import skimage` becomes:

// %%
import { np, skimage, plt, natsort, glob } from "tslab-sci";

// %% [markdown]
// Most functions of skimage are found within submodules (https://scikit-image.org/docs/stable/api/api.html).
// The `skimage.data` submodule provides example images to get started quickly.
//
// Within scikit-image, images are represented as NumPy arrays, for example 2-D arrays for
// grayscale 2-D images.

// %%
const { data } = skimage;
let camera = data.camera();

// %% [markdown]
// Python's `type(camera)` prints `numpy.ndarray`; the TypeScript class is `NDArray`:

// %%
camera.constructor.name

// %%
// An image with 512 rows and 512 columns
camera.shape

// %% [markdown]
// Of course, it is also possible to load your own images as arrays from image files, using
// `skimage.io.imread()`. The tutorial's family photo is private, so `benson.JPG` next to this
// notebook is a stand-in made from scikit-image's public-domain astronaut picture, with the
// same shape as the original: 1024 rows, 809 columns, 3 colour channels.

// %%
import * as path from "node:path";
const cwd = process.cwd();
let filename = path.join(cwd, "benson.JPG");
const { io } = skimage;
const benson = io.imread(filename);
benson.constructor.name

// %% [markdown]
// Let us plot this image. matplotlib's `rcParams` live on `plt.rcParams`; the `%matplotlib
// inline` magic is not needed, `plt.show()` puts the figure in the notebook.

// %%
plt.rcParams["font.size"] = 16;

plt.figure();
plt.title("Zhang Family: Benson, Max, and Snow");
plt.imshow(benson);
plt.show();

// %% [markdown]
// You can use natsort (https://natsort.readthedocs.io/en/master/) to load multiple images in
// natural order: `pets-2.JPG` before `pets-10.JPG`. Python's `glob.glob` and
// `natsort.natsorted` keep their names.

// %%
let list_files = glob.glob("*JPG");
console.log(list_files);
list_files = natsort.natsorted(list_files);
console.log(list_files);
const image_list: np.NDArray[] = [];
for (const filename of list_files) {
  image_list.push(io.imread(filename));
}

// %% [markdown]
// Let us plot them all...

// %%
for (const image of image_list) {
  plt.figure();
  plt.imshow(image);
}
plt.show();

// %% [markdown]
// # A crash course on NumPy for images
//
// Images in scikit-image are represented by NumPy ndarrays, so many common operations are
// standard NumPy array methods. Let us get some basic ideas of NumPy first
// (https://numpy.org/devdocs/user/quickstart.html, https://cs231n.github.io/python-numpy-tutorial/).
// This part follows the NumPy quickstart closely.
//
// ## The basics
//
// NumPy's main object is the homogeneous multidimensional array: a table of elements (usually
// numbers), all of the same type, indexed by a tuple of non-negative integers. Dimensions are
// called axes. The point `[1, 2, 1]` has one axis of length 3; `[[1., 0., 0.], [0., 1., 2.]]`
// has two axes, the first of length 2 and the second of length 3.
//
// The more important attributes of an array:
//
// - `ndim`: the number of axes (dimensions) of the array.
// - `shape`: the size of the array in each dimension; for a matrix with n rows and m columns,
//   `(n, m)`. Its length is `ndim`.
// - `size`: the total number of elements, the product of the shape.
// - `dtype`: the type of the elements: `np.int32`, `np.int16`, `np.float64`, ...

// %%
// let us see benson's dimension
benson.ndim

// %%
benson.shape

// %%
benson.size

// %%
benson.dtype

// %% [markdown]
// ## Array creation
//
// You can create an array from a regular list using the `array` function. The type of the
// resulting array is deduced from the type of the elements.

// %%
let a = np.array([2, 3, 4]);
a

// %%
a.dtype

// %%
let b = np.array([1.2, 3.5, 5.1]);
b.dtype

// %% [markdown]
// A frequent error consists in calling `array` with multiple arguments, rather than providing
// a single sequence as an argument. In Python this fails when it runs; in TypeScript the
// compiler rejects the cell before anything runs:

// %% tags=raises-exception
// A frequent error consists in calling array with multiple arguments, rather than providing a single sequence as an argument.
a = np.array(1, 2, 3, 4); // WRONG

// %%
a = np.array([1, 2, 3, 4]); // RIGHT
// array transforms sequences of sequences into two-dimensional arrays, sequences of sequences of sequences into three-dimensional arrays, and so on.

// %%
// The function zeros creates an array full of zeros, the function ones creates an array full of ones, and the function empty creates an array whose initial content is random and depends on the state of the memory. By default, the dtype of the created array is float64.
np.zeros([3, 4]) // uninitialized

// %%
np.ones([2, 3, 4], { dtype: np.int16 }) // dtype can also be specified

// %% [markdown]
// `np.empty` leaves the memory as it finds it; in tslab-sci new memory is always zeroed, so it
// prints zeros where NumPy prints whatever was there.

// %%
np.empty([2, 3])

// %%
// To create sequences of numbers, NumPy provides the arange function which is analogous to the Python built-in range, but returns an array.
np.arange(10, 30, 5)

// %%
const pi = Math.PI;
np.linspace(0, 2, 9) // 9 numbers from 0 to 2

// %% [markdown]
// ## Basic operations
//
// Arithmetic operators on arrays apply elementwise, creating a new array. The tslab-sci kernel
// gives arrays Python's operators (`a - b` is `np.subtract(a, b)`, also written `a.sub(b)`).

// %%
a = np.array([20, 30, 40, 50]);
a

// %%
b = np.arange(4);
b

// %%
const c = a - b;
c

// %%
b ** 2

// %%
a < 35

// %% [markdown]
// Unlike in many matrix languages, the product operator `*` operates elementwise. The matrix
// product is `@` in Python; TypeScript has no `@` operator, so here it is `matmul`, or the
// `dot` function or method:

// %%
const A = np.array([[1, 1],
                    [0, 1]]);
const B = np.array([[2, 0],
                    [3, 4]]);
A * B // elementwise product

// %%
A.matmul(B) // matrix product

// %%
A.dot(B) // another matrix product

// %% [markdown]
// You can also reshape a NumPy array like this:

// %%
b = np.arange(12);
b

// %%
b.reshape(3, 4)

// %% [markdown]
// # NumPy with skimage

// %%
camera = data.camera();
camera.constructor.name

// %%
camera.shape

// %% [markdown]
// Python's `camera.min(), camera.max()` is a tuple; here a two-element list:

// %%
[camera.min(), camera.max()]

// %% [markdown]
// The original tutorial printed 118.31400299072266 here: that was the old "cameraman" photo,
// which scikit-image replaced (copyright) in version 0.18. Today's `data.camera()` gives
// 129.06072616577148, in Python and here alike.

// %%
camera.mean()

// %% [markdown]
// Arrays representing images can be of different integer or float types; see
// https://scikit-image.org/docs/stable/user_guide/data_types.html. scikit-image assumes these
// ranges:
//
// | Data type | Range |
// | --- | --- |
// | uint8 | 0 to 255 |
// | uint16 | 0 to 65535 |
// | uint32 | 0 to 2^32 - 1 |
// | float | -1 to 1 or 0 to 1 |
// | int8 | -128 to 127 |
// | int16 | -32768 to 32767 |
// | int32 | -2^31 to 2^31 - 1 |
//
// Float images should be restricted to -1..1 even though the type can exceed this range; all
// integer dtypes can span their whole range. Functions accept any of these dtypes but may
// return another; never use `astype` on an image, convert with the utility functions instead:
//
// - `util.img_as_float`: convert to 64-bit floating point.
// - `util.img_as_ubyte`: convert to 8-bit uint.
// - `util.img_as_uint`: convert to 16-bit uint.
// - `util.img_as_int`: convert to 16-bit int.
//
// ## NumPy indexing
//
// Indexing looks at pixel values and modifies them. Python's `benson[10, 20]` is
// `benson.get(10, 20)`, and `benson[3, 10] = 0` is `benson.set([3, 10], 0)`:

// %%
// Get the value of the pixel at the 10th row and 20th column
benson.get(10, 20)

// %%
// Set to black the pixel at the 3rd row and 10th column
benson.set([3, 10], 0);

// %% [markdown]
// Be careful! In NumPy indexing, the first dimension (`camera.shape[0]`) corresponds to rows,
// while the second (`camera.shape[1]`) corresponds to columns, with the origin
// (`camera[0, 0]`) at the top-left corner.
//
// ## Rescale, resize, and downscale
//
// `rescale` resizes an image by a scaling factor, a single value or one per axis. `resize` does
// the same to a given output shape. `downscale_local_mean` down-samples by integer factors,
// averaging each block.

// %%
plt.rcParams["font.size"] = 10;
const { color, transform } = skimage;
const { rescale, resize, downscale_local_mean } = transform;

const image = color.rgb2gray(benson);

const image_rescaled = rescale(image, 0.25);
const image_resized = resize(image, [Math.floor(image.shape[0] / 4), Math.floor(image.shape[1] / 4)]);

const [fig, axes] = plt.subplots({ nrows: 1, ncols: 3 });

const ax = axes.ravel();
// ravel returns the axes as one flat list, like numpy.ravel
// https://numpy.org/doc/stable/reference/generated/numpy.ravel.html

ax[0].imshow(image, { cmap: "gray" });
ax[0].set_title("Original image");

ax[1].imshow(image_rescaled, { cmap: "gray" });
ax[1].set_title("Rescaled image");

ax[2].imshow(image_resized, { cmap: "gray" });
ax[2].set_title("Resized image");

ax[0].set_xlim(0, 512);
ax[0].set_ylim(512, 0);
plt.tight_layout();
plt.show();
