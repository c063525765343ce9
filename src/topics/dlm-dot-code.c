/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-code.h"
#include "dlm-code-grid.h"
#include "dlm-dot-private.h"

/* The code card of the dot product. The app adds products left to right
 * (GSL's BLAS, gsl_blas_ddot), so the script adds them with np.cumsum,
 * which adds in the same order: every sum agrees to the bit, where v @ w
 * or np.sum may add in another order and differ in the last digits. The
 * lengths follow GSL's dnrm2 step by step: the angle of two nearly parallel
 * vectors (Kahan's formula, from the unit vectors) is a difference of
 * nearly equal numbers, where a length off by one bit shows. */

static const char helpers[] =
  "def length(x):\n"
  "    \"\"\"|x| as the app's BLAS (GSL's dnrm2) adds it up, to the last digit:\n"
  "    squares of x / scale, scale the largest |xᵢ| so far, so that 1e-300²\n"
  "    does not vanish. np.linalg.norm(x) is the same up to rounding.\"\"\"\n"
  "    scale, ssq = 0.0, 1.0\n"
  "    for a in np.abs(np.ravel(x)).tolist():\n"
  "        if a > scale:\n"
  "            ssq = 1.0 + ssq * (scale / a) * (scale / a)\n"
  "            scale = a\n"
  "        elif a > 0:\n"
  "            ssq += (a / scale) * (a / scale)\n"
  "    return scale * math.sqrt(ssq)\n"
  "\n\n"
  "def facts(x, y, keys):\n"
  "    \"\"\"The dot product, both lengths, the cosine and the angle.\"\"\"\n"
  "    dot = np.cumsum(x * y)[-1]\n"
  "    norm_x, norm_y = length(x), length(y)\n"
  "    show(keys[0], dot)\n"
  "    show(keys[1], norm_x)\n"
  "    show(keys[2], norm_y)\n"
  "    if norm_x == 0 or norm_y == 0:  # a zero vector has no direction\n"
  "        return dot, norm_x, norm_y, None\n"
  "    cosine = np.clip(dot / (norm_x * norm_y), -1, 1)\n"
  "    # the angle from the unit vectors (Kahan): exact at 0° and 180°\n"
  "    ux, uy = x * (1 / norm_x), y * (1 / norm_y)\n"
  "    angle = 2 * math.atan2(length(ux - uy), length(ux + uy)) * 180 / math.pi\n"
  "    if not np.isnan(cosine):  # |x| |y| below 1e-323 is 0, and 0 / 0 no cosine\n"
  "        show(keys[3], cosine)\n"
  "        show(keys[4], angle)\n"
  "    return dot, norm_x, norm_y, angle\n"
  "\n\n"
  "def correlation(x, y):\n"
  "    \"\"\"Pearson's r, None for a constant vector. To the last digit as the\n"
  "    app's GSL computes it: one pass that updates the means as it goes\n"
  "    (Welford), sums in long double (80-bit), square roots in double.\n"
  "    np.corrcoef(x, y)[0, 1] agrees up to rounding, unless huge and tiny\n"
  "    values mix.\"\"\"\n"
  "    x, y = x.astype(np.longdouble), y.astype(np.longdouble)\n"
  "    mean_x, mean_y = x[0], y[0]\n"
  "    sxx = syy = sxy = np.longdouble(0)\n"
  "    for i in range(1, x.size):\n"
  "        ratio = i / (i + 1.0)\n"
  "        dx, dy = x[i] - mean_x, y[i] - mean_y\n"
  "        sxx += dx * dx * ratio\n"
  "        syy += dy * dy * ratio\n"
  "        sxy += dx * dy * ratio\n"
  "        mean_x += dx / (i + 1.0)\n"
  "        mean_y += dy / (i + 1.0)\n"
  "    if float(sxx / x.size) == 0 or float(syy / y.size) == 0:\n"
  "        return None\n"
  "    return float(sxy / (math.sqrt(float(sxx)) * math.sqrt(float(syy))))\n"
  "\n\n";

static void
write_array (GString    *out,
             const char *name,
             GArray     *values)
{
  g_string_append_printf (out, "%s = np.array(", name);
  dlm_code_floats (out, dlm_dot_values_of (values), values->len);
  g_string_append (out, ")\n");
}

static void
write_vector (DlmDotTopic *self,
              GString     *out)
{
  dlm_code_comment (out, _("The two vectors, and how many products the figure has added so far."));
  write_array (out, "v", self->v);
  write_array (out, "w", self->w);
  g_string_append_printf (out, "step = %d\n\n", self->step);
  g_string_append (out,
                   "show(\"n_v\", v.size)\n"
                   "show(\"n_w\", w.size)\n"
                   "show(\"mismatch\", int(v.size != w.size))\n"
                   "if v.size == w.size:\n");
  g_string_append (out,
                   "    # element-wise products and their running sum; its last value is v · w\n"
                   "    products = v * w\n"
                   "    running = np.cumsum(products)\n"
                   "    facts(v, w, [\"dot\", \"norm_v\", \"norm_w\", \"cosine\", \"angle_degrees\"])\n"
                   "    r = correlation(v, w)\n"
                   "    if r is not None:\n"
                   "        show(\"correlation\", r)\n"
                   "    shown = min(step, v.size)\n"
                   "    show(\"shown\", shown)\n"
                   "    show(\"partial_sum\", running[shown - 1] if shown > 0 else 0)\n");
}

static void
write_matrix_view (DlmDotTopic *self,
                   GString     *out)
{
  dlm_code_comment (out, _("The Frobenius inner product: multiply A and B entry by entry and add "
                           "all the products, row by row; it is the dot product of the flattened "
                           "matrices."));
  dlm_code_np_matrix (out, "A", self->a);
  dlm_code_np_matrix (out, "B", self->b);
  g_string_append (out,
                   "\n"
                   "show(\"rows_a\", A.shape[0])\n"
                   "show(\"columns_a\", A.shape[1])\n"
                   "show(\"rows_b\", B.shape[0])\n"
                   "show(\"columns_b\", B.shape[1])\n"
                   "show(\"shape_mismatch\", int(A.shape != B.shape))\n"
                   "if A.shape == B.shape:\n"
                   "    products = A * B\n"
                   "    show(\"frobenius\", np.cumsum(products)[-1])\n"
                   "    show(\"norm_a\", length(A))\n"
                   "    show(\"norm_b\", length(B))\n");
}

static void
write_geometry (DlmDotTopic *self,
                GString     *out)
{
  dlm_code_comment (out, _("Two arrows in the plane. The sign of p · q tells the angle: positive "
                           "below 90°, zero at 90°, negative above. p · q / |q| is how far p "
                           "reaches along q."));
  write_array (out, "p", self->p);
  write_array (out, "q", self->q);
  g_string_append (out,
                   "\n"
                   "dot, norm_p, norm_q, angle = facts(p, q, [\"p_dot_q\", \"norm_p\", \"norm_q\",\n"
                   "                                         \"cosine_pq\", \"angle_pq_degrees\"])\n"
                   "if norm_q > 0:\n"
                   "    show(\"projection\", dot / norm_q)\n"
                   "show(\"p_dot_p\", np.cumsum(p * p)[-1])\n"
                   "# orthogonal: p · q is 0 up to rounding\n"
                   "show(\"orthogonal\", int(angle is not None and abs(dot) <= 1e-12 * norm_p * norm_q))\n");
}

static void
write_convolution (DlmDotTopic *self,
                   GString     *out)
{
  dlm_code_comment (out, _("Convolution as deep learning means it (cross-correlation): the "
                           "kernel slides along the signal and each output is the dot product of "
                           "the kernel with the window under it. np.convolve would flip the kernel "
                           "first."));
  write_array (out, "signal", self->signal);
  write_array (out, "kernel", self->kernel);
  g_string_append_printf (out, "step = %d\n\n", self->step);
  g_string_append (out,
                   "windows = np.lib.stride_tricks.sliding_window_view(signal, kernel.size)\n"
                   "outputs = np.cumsum(windows * kernel, axis=1)[:, -1]\n"
                   "if torch is not None:  # PyTorch's conv1d slides the same way\n"
                   "    y = torch.nn.functional.conv1d(torch.tensor(signal).view(1, 1, -1),\n"
                   "                                   torch.tensor(kernel).view(1, 1, -1))\n"
                   "    # the same numbers up to rounding: at most 1e-12 of the terms' sizes\n"
                   "    bound = 1e-12 * np.abs(windows * kernel).sum(axis=1)\n"
                   "    assert (np.abs(y.flatten().numpy() - outputs) <= bound).all()\n"
                   "shown = min(step, outputs.size)\n\n"
                   "show(\"n_signal\", signal.size)\n"
                   "show(\"n_kernel\", kernel.size)\n"
                   "show(\"n_outputs\", outputs.size)\n"
                   "show(\"outputs_shown\", shown)\n"
                   "show(\"window_start\", max(shown - 1, 0))\n"
                   "show(\"kernel_palindrome\", int(np.array_equal(kernel, kernel[::-1])))\n"
                   "if shown > 0:\n"
                   "    show(\"current_output\", outputs[shown - 1])\n");
}

void
dlm_dot_write_code (DlmTopic *topic,
                    GString  *out)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);
  g_autoptr(GEnumClass) modes = g_type_class_ref (DLM_TYPE_DOT_MODE);
  g_autofree char *mode = NULL;

  dlm_code_begin (out, DLM_CODE_MATH | DLM_CODE_NUMPY |
                       (self->mode == DLM_DOT_MODE_CONVOLUTION ? DLM_CODE_TORCH : 0));
  g_string_append (out, helpers);
  mode = g_strdup_printf ("\"%s\"", g_enum_get_value (modes, self->mode)->value_nick);
  dlm_code_show (out, "mode", mode);
  g_string_append_c (out, '\n');
  switch (self->mode)
    {
    case DLM_DOT_MODE_MATRIX:      write_matrix_view (self, out); break;
    case DLM_DOT_MODE_GEOMETRY:    write_geometry (self, out);    break;
    case DLM_DOT_MODE_CONVOLUTION: write_convolution (self, out); break;
    case DLM_DOT_MODE_VECTOR:
    default:                       write_vector (self, out);      break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

static void
plot_vector (GString *out)
{
  g_string_append (out,
                   "if v.size == w.size:\n"
                   "    i = np.arange(v.size)\n"
                   "    colors = np.where(products >= 0, \"tab:blue\", \"tab:orange\")\n"
                   "    plt.bar(i[:shown], products[:shown], color=colors[:shown])\n"
                   "    plt.bar(i[shown:], products[shown:], color=colors[shown:], alpha=0.3)\n"
                   "    plt.step(i[:shown], running[:shown], where=\"mid\", color=\"black\", label=\"Σ\")\n"
                   "    plt.axhline(0, color=\"gray\", linewidth=0.5)\n"
                   "    plt.legend()\n");
  dlm_code_labels (out, _("index i"), _("value"), _("Products vᵢwᵢ and their running sum"));
}

static void
plot_matrix (DlmDotTopic *self,
             GString     *out)
{
  if (dlm_dot_matrices_match (self))
    dlm_code_grids (out, "A, B, products", "\"A\", \"B\", \"A ∘ B\"",
                    _("⟨A, B⟩: the sum of the products A ∘ B"));
  else
    dlm_code_grids (out, "A, B", "\"A\", \"B\"", _("A and B differ in shape: no inner product"));
}

static void
plot_geometry (GString *out)
{
  g_string_append (out,
                   "arrows = dict(angles=\"xy\", scale_units=\"xy\", scale=1)\n"
                   "plt.quiver(0, 0, p[0], p[1], color=\"tab:blue\", label=\"p\", **arrows)\n"
                   "plt.quiver(0, 0, q[0], q[1], color=\"tab:orange\", label=\"q\", **arrows)\n"
                   "if norm_q > 0:\n"
                   "    along = q * (dot / norm_q**2)\n"
                   "    plt.quiver(0, 0, along[0], along[1], color=\"gray\", label=\"p on q\", **arrows)\n"
                   "reach = max(norm_p, norm_q, 1e-300) * 1.1\n"
                   "plt.xlim(-reach, reach)\n"
                   "plt.ylim(-reach, reach)\n"
                   "plt.gca().set_aspect(\"equal\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, "x", "y", _("p · q = |p| |q| cos θ"));
}

static void
plot_convolution (GString *out)
{
  g_string_append (out,
                   "plt.bar(np.arange(signal.size), signal, color=\"lightgray\", label=\"signal x\")\n"
                   "plt.plot(np.arange(shown), outputs[:shown], \"o-\", color=\"tab:blue\", label=\"output y\")\n"
                   "plt.legend()\n");
  dlm_code_labels (out, _("index i"), _("value"), _("Each output: the kernel · the window under it"));
}

void
dlm_dot_write_plot_code (DlmTopic *topic,
                         GString  *out)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  switch (self->mode)
    {
    case DLM_DOT_MODE_MATRIX:      plot_matrix (self, out); break;
    case DLM_DOT_MODE_GEOMETRY:    plot_geometry (out);    break;
    case DLM_DOT_MODE_CONVOLUTION: plot_convolution (out); break;
    case DLM_DOT_MODE_VECTOR:
    default:                       plot_vector (out);      break;
    }
  g_string_append (out, "plt.show()\n");
}
