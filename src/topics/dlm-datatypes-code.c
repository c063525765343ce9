/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-code.h"
#include "dlm-datatypes-private.h"

/* The code card of data types: the objects and the list as NumPy and
 * PyTorch make them, the picture read with Pillow (as the app, it drops
 * any alpha channel: convert("RGB")), its luma rounded as np.round does,
 * and the storage types' sizes and sums. Every key is an integer, a
 * string or a stored float, so each is the app's exactly. */

static void
write_objects (GString *out)
{
  dlm_code_comment (out, _("The course's objects: a scalar, a vector, a matrix and a 3rd-order "
                           "tensor (three such matrices stacked). NumPy calls each an array, "
                           "PyTorch a tensor; the shape lists the length of each axis."));
  g_string_append (out,
                   "scalar = np.array(7)\n"
                   "vector = np.array([-1, 0, 1])\n"
                   "matrix = np.array([[-1, 0, 2, 8], [0, 1, 4, 4], [1, 4, 9, 1]])\n"
                   "tensor = np.stack([matrix, matrix, matrix])\n\n"
                   "for name, a in [(\"scalar\", scalar), (\"vector\", vector),\n"
                   "                (\"matrix\", matrix), (\"tensor\", tensor)]:\n"
                   "    show(f\"{name}_shape\", str(a.shape))\n");
}

static void
write_image (DlmDatatypesTopic *self,
             GString           *out)
{
  if (g_strcmp0 (self->image_text, DLM_IMAGE_BUILTIN) == 0)
    {
      g_autoptr(GBytes) png = dlm_image_builtin_bytes ();
      gsize size;
      const guint8 *data = g_bytes_get_data (png, &size);

      dlm_code_comment (out, _("The app's built-in picture, a small PNG file, written out here "
                               "as base64 text."));
      dlm_code_base64 (out, "png", data, size);
      g_string_append (out, "picture = Image.open(io.BytesIO(png))\n\n");
    }
  else
    {
      g_autofree char *path = g_canonicalize_filename (self->image_text, NULL);

      dlm_code_comment (out, _("The picture file the app shows."));
      g_string_append (out, "picture = Image.open(");
      dlm_code_string (out, path);
      g_string_append (out, ")\n");
      dlm_code_comment (out, _("16-bit gray: the app keeps the high byte of each value (Pillow's "
                               "convert would clip it at 255)."));
      g_string_append (out,
                       "if picture.mode in (\"I\", \"I;16\", \"I;16B\"):\n"
                       "    picture = Image.fromarray((np.array(picture) >> 8).astype(np.uint8))\n\n");
    }
  dlm_code_comment (out, _("As an array of height × width × 3 channels (R, G, B) of uint8: "
                           "NumPy's and Pillow's (H, W, C) order."));
  g_string_append (out,
                   "rgb = np.array(picture.convert(\"RGB\"))\n"
                   "H, W = rgb.shape[:2]\n\n");
}

static void
write_window (DlmDatatypesTopic *self,
              GString           *out)
{
  dlm_code_comment (out, _("Zoomed in, the app shows the middle 1/zoom of each side (rounded up), "
                           "one number per pixel."));
  g_string_append_printf (out,
                          "zoom = %u\n"
                          "rows, cols = max(1, -(-H // zoom)), max(1, -(-W // zoom))\n"
                          "top, left = (H - rows) // 2, (W - cols) // 2\n\n",
                          self->zoom);
}

static void
write_grayscale (GString *out)
{
  dlm_code_comment (out, _("A grayscale image is a matrix: each pixel's luma 0.299 R + 0.587 G "
                           "+ 0.114 B (ITU-R BT.601), rounded half to even as np.round does."));
  g_string_append (out,
                   "gray = np.round(0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2])\n"
                   "gray = gray.astype(np.uint8)\n"
                   "visible = gray[top:top + rows, left:left + cols]\n\n"
                   "show(\"height\", H)\n"
                   "show(\"width\", W)\n"
                   "show(\"visible_rows\", rows)\n"
                   "show(\"visible_cols\", cols)\n"
                   "show(\"gray_min\", visible.min())\n"
                   "show(\"gray_max\", visible.max())\n");
}

static void
write_channels (GString *out)
{
  dlm_code_comment (out, _("A color image is a 3rd-order tensor: PyTorch puts the channels first "
                           "(C, H, W), NumPy and Pillow last (H, W, C)."));
  g_string_append (out,
                   "visible = rgb[top:top + rows, left:left + cols]\n"
                   "if torch is not None:\n"
                   "    torch_shape = tuple(torch.from_numpy(rgb).permute(2, 0, 1).shape)\n"
                   "else:\n"
                   "    torch_shape = np.moveaxis(rgb, 2, 0).shape\n\n"
                   "show(\"height\", H)\n"
                   "show(\"width\", W)\n"
                   "show(\"visible_rows\", rows)\n"
                   "show(\"visible_cols\", cols)\n"
                   "show(\"channels\", rgb.shape[2])\n"
                   "show(\"torch_shape\", str(torch_shape))\n"
                   "show(\"numpy_shape\", str(rgb.shape))\n");
}

static void
write_storage (DlmDatatypesTopic *self,
               GString           *out)
{
  static const char *const names[] = { "uint8", "float32", "float64" };

  g_string_append_printf (out, "dtype = \"%s\"\n\n", names[self->dtype]);
  dlm_code_comment (out, _("The same picture in each storage type: bytes per element × "
                           "elements."));
  g_string_append (out,
                   "show(\"height\", H)\n"
                   "show(\"width\", W)\n"
                   "show(\"channels\", rgb.shape[2])\n"
                   "show(\"dtype\", dtype)\n"
                   "show(\"bytes_per_element\", np.dtype(dtype).itemsize)\n"
                   "show(\"bytes\", rgb.astype(dtype).nbytes)\n"
                   "for name in [\"uint8\", \"float32\", \"float64\"]:\n"
                   "    show(f\"bytes_{name}\", rgb.astype(name).nbytes)\n\n");
  dlm_code_comment (out, _("uint8 holds 0 to 255 and wraps around: 250 + 10 is 260 − 256 = 4. "
                           "0.1 and 0.2 are stored rounded, so their sum can miss the stored 0.3: "
                           "by how many units in the last place (ulps) the bit patterns say."));
  g_string_append (out,
                   "show(\"uint8_sum\", (np.array([250], dtype=np.uint8) + 10)[0])\n"
                   "for t, bits in [(np.float32, np.int32), (np.float64, np.int64)]:\n"
                   "    total, target = t(0.1) + t(0.2), t(0.3)\n"
                   "    name = np.dtype(t).name\n"
                   "    show(f\"{name}_sum\", total)\n"
                   "    show(f\"{name}_target\", target)\n"
                   "    show(f\"{name}_ulps\", int(total.view(bits)) - int(target.view(bits)))\n");
}

/* The list as Python source, each element as the app read it: numbers by
 * value (007 and 1e3 are not all Python literals as typed), strings with
 * their characters as they are. */
static void
write_list_values (const DlmPyList *list,
                   GString         *out)
{
  if (!list->scalar)
    g_string_append_c (out, '[');
  for (guint i = 0; i < list->n_values; i++)
    {
      const DlmPyValue *v = &list->values[i];

      if (i > 0)
        g_string_append (out, ", ");
      if (v->kind == DLM_PY_STR)
        {
          g_autofree char *inner = g_strndup (v->text + 1, strlen (v->text) - 2);
          dlm_code_string (out, inner);
        }
      else if (v->kind == DLM_PY_INT)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, g_ascii_strtoll (v->text, NULL, 10));
      else if (v->kind == DLM_PY_FLOAT)
        dlm_code_float (out, g_ascii_strtod (v->text, NULL));
      else
        g_string_append (out, v->text);
    }
  if (!list->scalar)
    g_string_append_c (out, ']');
}

static void
write_dtypes (DlmDatatypesTopic *self,
              GString           *out)
{
  g_autofree char *typed = dlm_py_list_format (self->values);

  dlm_code_comment (out, _("The list as typed, and the array NumPy makes of it: the dtype is the "
                           "widest kind present (bool < int < float < str); a string dtype <Un "
                           "holds n characters. PyTorch's default float is float32, and it has "
                           "no tensor of strings."));
  g_string_append (out, "typed = ");
  dlm_code_string (out, typed);
  g_string_append (out, "\nvalues = ");
  write_list_values (self->values, out);
  g_string_append (out,
                   "\na = np.array(values)\n\n"
                   "show(\"values\", typed)\n"
                   "show(\"values_shape\", str(a.shape))\n"
                   "show(\"numpy_dtype\", str(a.dtype))\n"
                   "show(\"numpy_itemsize\", a.itemsize)\n");
  dlm_code_comment (out, _("PyTorch's tensor of the same list (none for strings); without "
                           "PyTorch installed the torch keys are not printed."));
  g_string_append (out,
                   "torch_dtype, torch_itemsize = None, 0\n"
                   "if torch is not None:\n"
                   "    try:\n"
                   "        t = torch.tensor(values)\n"
                   "        torch_dtype, torch_itemsize = str(t.dtype), t.element_size()\n"
                   "    except (TypeError, ValueError):\n"
                   "        torch_dtype = \"none\"\n"
                   "if torch_dtype is not None:\n"
                   "    show(\"torch_dtype\", torch_dtype)\n"
                   "if torch_itemsize:\n"
                   "    show(\"torch_itemsize\", torch_itemsize)\n");
}

static void
write_kinds (GString *out)
{
  dlm_code_comment (out, _("Statistical data types: each level allows the operations of the one "
                           "before it and one more (count, order, difference, ratio), and is "
                           "encoded for a network as it suits."));
  g_string_append (out,
                   "operations = [\"count\", \"order\", \"difference\", \"ratio\"]\n"
                   "kinds = [(\"categorical\", \"one-hot\"), (\"ordinal\", \"ordered integers\"),\n"
                   "         (\"interval\", \"number\"), (\"ratio\", \"number\")]\n\n"
                   "for level, (kind, encoding) in enumerate(kinds):\n"
                   "    show(f\"{kind}_operations\", \",\".join(operations[:level + 1]))\n"
                   "    show(f\"{kind}_encoding\", encoding)\n");
}

void
dlm_datatypes_write_code (DlmTopic *topic,
                          GString  *out)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  gboolean picture = self->view == DLM_DATATYPES_VIEW_GRAYSCALE ||
                     self->view == DLM_DATATYPES_VIEW_CHANNELS ||
                     self->view == DLM_DATATYPES_VIEW_STORAGE;

  /* the standard library's imports, then Pillow's, then dlm_code_begin's */
  if (picture && g_strcmp0 (self->image_text, DLM_IMAGE_BUILTIN) == 0)
    g_string_append (out, "import base64\nimport io\n");
  if (picture)
    g_string_append (out, "from PIL import Image\n");
  dlm_code_begin (out, DLM_CODE_NUMPY | DLM_CODE_TORCH);
  if (picture)
    write_image (self, out);
  if (self->view == DLM_DATATYPES_VIEW_GRAYSCALE || self->view == DLM_DATATYPES_VIEW_CHANNELS)
    write_window (self, out);
  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE: write_grayscale (out);      break;
    case DLM_DATATYPES_VIEW_CHANNELS:  write_channels (out);       break;
    case DLM_DATATYPES_VIEW_STORAGE:   write_storage (self, out);  break;
    case DLM_DATATYPES_VIEW_DTYPES:    write_dtypes (self, out);   break;
    case DLM_DATATYPES_VIEW_KINDS:     write_kinds (out);          break;
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:                           write_objects (out);        break;
    }
}

/* ---- the figure's main panel --------------------------------------------- */

/* Each view's figure: its matplotlib lines, then the axis labels and the
 * title (N_() marked; NULL: none), and for subplots a title over them all. */
static const struct {
  const char *code;
  const char *xlabel, *ylabel, *title, *suptitle;
} plots[] = {
  [DLM_DATATYPES_VIEW_OBJECTS] = {
    "for k, (name, a) in enumerate([(\"scalar\", scalar), (\"vector\", vector),\n"
    "                               (\"matrix\", matrix), (\"tensor\", tensor)]):\n"
    "    front = np.atleast_2d(a if a.ndim < 3 else a[0])\n"
    "    plt.subplot(1, 4, k + 1)\n"
    "    plt.imshow(front, cmap=\"Blues\", vmin=-4, vmax=12)\n"
    "    for (r, c), v in np.ndenumerate(front):\n"
    "        plt.text(c, r, v, ha=\"center\", va=\"center\")\n"
    "    plt.title(f\"{name} {a.shape}\")\n"
    "    plt.xticks([])\n"
    "    plt.yticks([])\n",
    NULL, NULL, NULL, N_("A scalar, a vector, a matrix and a tensor, with their shapes") },
  [DLM_DATATYPES_VIEW_GRAYSCALE] = {
    "plt.imshow(visible, cmap=\"gray\", vmin=0, vmax=255)\n",
    N_("column"), N_("row"), N_("A grayscale image is a matrix of numbers") },
  [DLM_DATATYPES_VIEW_CHANNELS] = {
    "for c, name in enumerate([\"R\", \"G\", \"B\"]):\n"
    "    plt.subplot(1, 3, c + 1)\n"
    "    plt.imshow(visible[..., c], cmap=\"gray\", vmin=0, vmax=255)\n"
    "    plt.title(name)\n",
    N_("column"), N_("row"), NULL, N_("A color image is a 3rd-order tensor: three channel matrices") },
  [DLM_DATATYPES_VIEW_STORAGE] = {
    "names = [\"uint8\", \"float32\", \"float64\"]\n"
    "bars = plt.bar(names, [rgb.astype(name).nbytes for name in names])\n"
    "bars[names.index(dtype)].set_edgecolor(\"black\")\n"
    "bars[names.index(dtype)].set_linewidth(2)\n",
    N_("dtype"), N_("bytes"), N_("The image in each storage type") },
  [DLM_DATATYPES_VIEW_DTYPES] = {
    "plt.bar([f\"NumPy\\n{a.dtype}\", f\"PyTorch\\n{torch_dtype}\"], [a.itemsize, torch_itemsize])\n",
    NULL, N_("bytes per element"), N_("What NumPy and PyTorch make of a Python list") },
  [DLM_DATATYPES_VIEW_KINDS] = {
    "allowed = [[o <= level for o in range(len(operations))] for level in range(len(kinds))]\n"
    "plt.imshow(allowed, cmap=\"Greens\", vmin=0, vmax=1.5)\n"
    "plt.xticks(range(len(operations)), operations)\n"
    "plt.yticks(range(len(kinds)), [f\"{kind}\\n({encoding})\" for kind, encoding in kinds])\n",
    N_("operation"), NULL, N_("Data types in statistics: what each kind allows") },
};

static const char *
translated (const char *text)
{
  return text != NULL ? _(text) : NULL;
}

void
dlm_datatypes_write_plot_code (DlmTopic *topic,
                               GString  *out)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  guint v = MIN ((guint) self->view, G_N_ELEMENTS (plots) - 1);

  g_string_append (out, "import matplotlib.pyplot as plt\n\n");
  g_string_append (out, plots[v].code);
  dlm_code_labels (out, translated (plots[v].xlabel), translated (plots[v].ylabel),
                   translated (plots[v].title));
  if (plots[v].suptitle != NULL)
    {
      g_string_append (out, "plt.suptitle(");
      dlm_code_string (out, _(plots[v].suptitle));
      g_string_append (out, ")\n");
    }
  g_string_append (out, "plt.show()\n");
}
