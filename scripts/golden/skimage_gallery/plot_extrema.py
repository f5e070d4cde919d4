import matplotlib.pyplot as plt
from skimage.measure import label
from skimage import data
from skimage import color
from skimage.morphology import extrema
from skimage import exposure
color_image = data.hubble_deep_field()
x_0 = 70
y_0 = 354
width = 100
height = 100
img = color.rgb2gray(color_image)[y_0:(y_0 + height), x_0:(x_0 + width)]
img = exposure.rescale_intensity(img)
local_maxima = extrema.local_maxima(img)
label_maxima = label(local_maxima)
overlay = color.label2rgb(label_maxima, img, alpha=0.7, bg_label=0,
                          bg_color=None, colors=[(1, 0, 0)])
h = 0.05
h_maxima = extrema.h_maxima(img, h)
label_h_maxima = label(h_maxima)
overlay_h = color.label2rgb(label_h_maxima, img, alpha=0.7, bg_label=0,
                            bg_color=None, colors=[(1, 0, 0)])
fig, ax = plt.subplots(1, 3, figsize=(15, 5))
ax[0].imshow(img, cmap='gray')
ax[0].set_title('Original image')
ax[0].axis('off')
ax[1].imshow(overlay)
ax[1].set_title('Local Maxima')
ax[1].axis('off')
ax[2].imshow(overlay_h)
ax[2].set_title('h maxima for h = %.2f' % h)
ax[2].axis('off')
plt.show()
