"""Fixtures for skimage.transform.probabilistic_hough_line (scikit-image 0.19), seeded."""
import numpy as np
from skimage.draw import line
from skimage.transform import probabilistic_hough_line
from golden_io import dump

image = np.zeros((60, 80), dtype=bool)
image[line(5, 5, 50, 70)] = True
image[line(40, 2, 40, 60)] = True
image[line(2, 60, 55, 30)] = True
image[10:50:3, 20] = True
theta = np.linspace(-np.pi / 3, np.pi / 3, 50)
as_list = lambda ls: [list(map(list, l)) for l in ls]
dump("skimage_transform/probabilistic_hough", {
    "image": image,
    "defaults": as_list(probabilistic_hough_line(image, seed=1)),
    "short": as_list(probabilistic_hough_line(image, threshold=5, line_length=10, line_gap=4, seed=2)),
    "theta": theta,
    "with_theta": as_list(probabilistic_hough_line(image, threshold=8, line_length=15, line_gap=1, theta=theta, seed=3)),
})
