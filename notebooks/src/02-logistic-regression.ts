// %% [markdown]
// # Some basics of neural networks
//
// In the lecture, we use logistic regression as an example to showcase how we use gradient
// descent to compute the weights and biases. Here let us use NumPy (tslab-sci's `np`) to
// implement gradient descent...
//
// Disclosure: this part of the code is adapted from
// https://ml-cheatsheet.readthedocs.io/en/latest/logistic_regression.html

// %%
import { np, plt, sklearn, sns } from "tslab-sci"; // numpy tutorial: https://numpy.org/devdocs/user/absolute_beginners.html
const { make_classification } = sklearn.datasets;

// %% [markdown]
// Let us create a fake dataset for our classification task. scikit-learn's keyword arguments
// become one options object; with the same `random_state` the data are the same numbers as
// scikit-learn's, because `np.random` reproduces NumPy's random stream bit for bit.

// %%
let [features, labels] = make_classification({ n_samples: 1000, n_features: 2, n_redundant: 0, n_informative: 1,
                                                n_clusters_per_class: 1, random_state: 2020 });
// Josh' comments: Generate a random n-class classification problem.
// This initially creates clusters of points normally distributed (std=1) about vertices of
// an n_informative-dimensional hypercube with sides of length 2*class_sep and assigns an equal number
// of clusters to each class. It introduces interdependence between these features and
// adds various types of further noise to the data.

// %%
features

// %%
features.ndim

// %%
labels

// %%
labels.ndim

// %%
labels.constructor.name

// %%
[features.shape, labels.shape]

// %% [markdown]
// Python's `labels[:, np.newaxis]` is `labels.get(":", np.newaxis)`:

// %%
labels = labels.get(":", np.newaxis);
// Josh' comments: numpy.newaxis is used to increase the dimension of the existing array by one more dimension
// When you read data, you should notice that lables are rank 1 arrays. rank 1 array will have a shape of (m, )
// where as rank 2 arrays will have a shape of (m,1). When operating on arrays its good to
// convert rank 1 arrays to rank 2 arrays because rank 1 arrays often give unexpected results.
// To convert rank 1 to rank 2 array we use someArray.get(":", np.newaxis)

// %%
labels

// %%
labels.ndim

// %%
// Let us plot the data feature 1 by feature 2 grouped by labels..
sns.set_style("white");
sns.scatterplot({ x: features.get(":", 0), y: features.get(":", 1), hue: labels.reshape(-1) })
// you can click here to see parameters for scatterplot function <https://seaborn.pydata.org/generated/seaborn.scatterplot.html>

// %%
features.constructor.name

// %%
[features.ndim, features.size]

// %%
[labels.ndim, labels.size]

// %%
[features.shape, labels.shape]

// %% [markdown]
// # Logistic regression
//
// $$ h_{\theta}(x) = {\sigma}(\theta^{T}x)$$
//
// As we mentioned in the lecture, the activation function in logistic regression is the
// sigmoid function:
//
// $$ {\sigma}(z)=\frac{1}{1+e^{-z}} $$
//
// The function maps any real value into another value between 0 and 1. In machine learning,
// we use sigmoid to map predictions to probabilities.

// %%
// let us define sigmoid function
function sigmoid(z: np.NDArray): np.NDArray {
  return 1.0 / (1 + np.exp(-z));
}

// %% [markdown]
// We need a prediction function. In logistic regression it returns the probability of our
// observation being positive, True, or "Yes". We call this class 1 and its notation is
// P(class=1). As the probability gets closer to 1, our model is more confident that the
// observation is in class 1.
//
// Let us define $$z = \theta^{T}x$$ and ignore the biases in this tutorial.

// %%
// let us define a prediction function
/** Returns 1D array of probabilities that the class label == 1 */
function predict(features: np.NDArray, weights: np.NDArray): np.NDArray {
  const z = np.dot(features, weights);
  return sigmoid(z);
}

// %% [markdown]
// We need a cost function. We use Cross-Entropy, also known as Log Loss, which divides into
// two separate costs: one for y=1 and one for y=0. Combined:
//
// $$ J(\theta) = \frac{1}{m}\sum_{i=1}^{m}\big[-y^{(i)}\, log\,( h_\theta\,(x^{(i)}))-(1-y^{(i)})\,log\,(1-h_\theta(x^{(i)}))\big]$$
//
// Josh notes: I strongly suggest you to watch the lecture by Andrew Ng on Coursera regarding
// neural network basics and deep learning. Very intuitive.
//
// Here is the vectorized version:
//
// $$ J(\theta) = - \frac{1}{m}\big((\,log\,(g(X\theta))^Ty+(\,log\,(1-g(X\theta))^T(1-y)\big)$$

// %%
/**
 * Features: (1000,2), Labels: (1000,1), Weights: (2,1).
 * Cost = (labels*log(predictions) + (1-labels)*log(1-predictions) ) / len(labels)
 */
function cost_function(features: np.NDArray, labels: np.NDArray, weights: np.NDArray): number {
  const observations = labels.shape[0];

  const predictions = predict(features, weights);

  // Take the error when label=1
  const class1_cost = -labels * np.log(predictions);

  // Take the error when label=0
  const class2_cost = (1 - labels) * np.log(1 - predictions);

  // Take the sum of both costs
  let cost = class1_cost - class2_cost;

  // Take the average cost
  return cost.sum() / observations;
}

// Josh' comments: you can write a vectorized version of cost function
//  J = -1*(1/m)*(np.log(predictions).T.dot(labels)+np.log(1-predictions).T.dot(1-labels))

// %% [markdown]
// To minimize our cost, we use gradient descent: each step moves the weights against the
// gradient of the cost,
//
// $$ \theta := \theta - \frac{\alpha}{m} X^{T}(g(X\theta) - y) $$
//
// where α is the learning rate.

// %%
function update_weights(features: np.NDArray, labels: np.NDArray, weights: np.NDArray, lr: number): np.NDArray {
  const N = features.shape[0];

  // 1 - Get Predictions
  const predictions = predict(features, weights);

  // 2 - Transpose features from (1000, 2) to (2, 1000) so we can multiply with the (1000, 1)
  //     cost matrix. Returns a (2, 1) matrix holding the partial derivatives.
  const gradient = np.dot(features.T, predictions - labels);

  // 3 - Take the average cost derivative for each feature
  gradient /= N;

  // 4 - Multiply the gradient by our learning rate
  gradient *= lr;

  // 5 - Subtract from our weights to minimize cost
  weights -= gradient;

  return weights;
}

// %% [markdown]
// Training repeats the update and records the cost, printing it every 1000 iterations:

// %%
function train(features: np.NDArray, labels: np.NDArray, weights: np.NDArray, lr: number, iters: number): [np.NDArray, number[]] {
  const cost_history: number[] = [];

  for (let i = 0; i < iters; i++) {
    weights = update_weights(features, labels, weights, lr);

    // Calculate error for auditing purposes
    const cost = cost_function(features, labels, weights);
    cost_history.push(cost);

    // Log progress
    if (i % 1000 === 0) {
      console.log("iter: " + i + " cost: " + cost);
    }
  }

  return [weights, cost_history];
}

// %%
let weights = np.zeros([2, 1]);
const lr = 0.01;
const iters = 10000;
let cost_history: number[];
[weights, cost_history] = train(features, labels, weights, lr, iters);
weights

// %%
plt.figure();
plt.plot(cost_history);
plt.title("Cost during training");
plt.xlabel("iteration");
plt.ylabel("cost");
plt.show();

// %% [markdown]
// ## Classification
//
// Our prediction function returns a probability between 0 and 1. To map it to a discrete class
// (true/false, cat/dog), we select a threshold, the decision boundary: above it we classify as
// class 1, below as class 2... here 0.5.

// %%
function decision_boundary(prob: number): number {
  return prob >= 0.5 ? 1 : 0;
}

function classify(predictions: np.NDArray): np.NDArray {
  const boundary = np.vectorize(decision_boundary);
  return boundary(predictions).flatten();
}

// %%
const probabilities = predict(features, weights);
const predicted_labels = classify(probabilities);
predicted_labels

// %%
function accuracy(predicted_labels: np.NDArray, actual_labels: np.NDArray): number {
  const diff = predicted_labels - actual_labels;
  return 1.0 - np.count_nonzero(diff) / diff.shape[0];
}

accuracy(predicted_labels, labels.flatten())

// %% [markdown]
// Finally, the predicted probability of class 1 for every point:

// %%
sns.scatterplot({ x: features.get(":", 0), y: features.get(":", 1), hue: probabilities.flatten() })
