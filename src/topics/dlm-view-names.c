/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-view-names.h"

/* The views' names, as each topic's controls title them (the same
 * messages, so they share their translations): the slide list of
 * presentation mode and the slides of an exported lesson name them. */
static const struct {
  const char *topic;
  const char *view;
  const char *name;
} view_names[] = {
  { "complex", "spectral", N_("Complicated: spectral view") },
  { "complex", "lorenz", N_("Complex: Lorenz system") },
  { "complex", "life", N_("Complex: Game of Life") },
  { "datatypes", "objects", N_("Objects") },
  { "datatypes", "grayscale", N_("Grayscale image") },
  { "datatypes", "channels", N_("Color channels") },
  { "datatypes", "storage", N_("Storage types") },
  { "datatypes", "dtypes", N_("Dtypes of tensors") },
  { "datatypes", "kinds", N_("Statistical data types") },
  { "encoding", "onehot", N_("One-hot encoding") },
  { "encoding", "dummy", N_("Dummy coding") },
  { "encoding", "label", N_("Label coding") },
  { "transpose", "flip", N_("Flip") },
  { "transpose", "rules", N_("Rules") },
  { "transpose", "vector", N_("Vectors") },
  { "dot", "vector", N_("Vectors") },
  { "dot", "matrix", N_("Matrices") },
  { "dot", "geometry", N_("Geometry") },
  { "dot", "convolution", N_("Convolution") },
  { "matmul", "steps", N_("Step by step") },
  { "matmul", "sizes", N_("Size rule") },
  { "matmul", "random", N_("Random matrices") },
  { "softmax", "bars", N_("Bars") },
  { "softmax", "classifier", N_("Classifier") },
  { "softmax", "stability", N_("Stability") },
  { "explog", "curves", N_("Curves") },
  { "explog", "stretch", N_("Stretch") },
  { "explog", "monotonic", N_("Monotonic") },
  { "explog", "precision", N_("Precision") },
  { "entropy", "binary", N_("Binary entropy") },
  { "entropy", "distribution", N_("Distribution") },
  { "entropy", "cross", N_("Cross-entropy") },
  { "argmax", "values", N_("Values") },
  { "argmax", "classifier", N_("Classifier") },
  { "argmax", "function", N_("Curves") },
  { "meanvar", "dots", N_("Dot plot") },
  { "meanvar", "normal", N_("Normal curves") },
  { "meanvar", "squares", N_("Why squares") },
  { "sampling", "lln", N_("Law of large numbers") },
  { "sampling", "distribution", N_("Sampling distribution") },
  { "seeding", "numpy", N_("NumPy") },
  { "seeding", "default_rng", N_("NumPy Generator") },
  { "seeding", "torch", N_("PyTorch") },
  { "seeding", "python", N_("Python") },
  { "seeding", "gsl", N_("GSL") },
};

const char *
dlm_view_name (const char *topic_id,
               const char *view)
{
  g_return_val_if_fail (topic_id != NULL, NULL);
  g_return_val_if_fail (view != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    if (g_str_equal (view_names[i].topic, topic_id) && g_str_equal (view_names[i].view, view))
      return _(view_names[i].name);

  /* a view added since: its identifier is better than nothing */
  return view;
}
