/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-video.h"
#include "dlm-video-private.h"

gboolean
dlm_video_format_from_path (const char     *path,
                            DlmVideoFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".gif"))
    *format = DLM_VIDEO_GIF;
  else if (g_str_has_suffix (lower, ".webm"))
    *format = DLM_VIDEO_WEBM;
  else
    return FALSE;
  return TRUE;
}

/* An uninstalled build's programs (the dlmath in the build tree, the
 * tests) use the module built beside them, an installed dlmath the one
 * installed with it. */
static char *
module_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  gboolean uninstalled = self != NULL && g_str_has_prefix (self, BUILD_ROOT "/");

  return g_module_build_path (uninstalled ? BUILD_VIDEO_MODULE_DIR : VIDEO_MODULE_DIR,
                              "dlmath-video");
}

/* Loads the encoders once; they stay loaded (GStreamer registers types
 * that cannot be unregistered). A failure is tried again next time. */
static DlmVideoEncodeFunc
load_encoder (const char  *path,
              GError     **error)
{
  static GMutex lock;
  static DlmVideoEncodeFunc encode;
  DlmVideoEncodeFunc found;

  g_mutex_lock (&lock);
  if (encode == NULL)
    {
      g_autofree char *module_file = module_path ();
      GModule *module = g_module_open (module_file, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      if (module != NULL && g_module_symbol (module, DLM_VIDEO_ENCODE_SYMBOL, (gpointer *) &encode))
        g_module_make_resident (module);
      else
        {
          g_autofree char *shown = dlm_quote_path (path);

          g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                       _("“%s” could not be written: the GIF and WebM encoders (module "
                         "dlmath-video) could not be loaded: %s"), shown, g_module_error ());
          encode = NULL;
          if (module != NULL)
            g_module_close (module);
        }
    }
  found = encode;
  g_mutex_unlock (&lock);
  return found;
}

static gboolean
spec_is_valid (const DlmVideoSpec *spec)
{
  return (spec->format == DLM_VIDEO_GIF || spec->format == DLM_VIDEO_WEBM) &&
         spec->width >= DLM_VIDEO_MIN_SIDE && spec->width <= DLM_VIDEO_MAX_WIDTH &&
         spec->height >= DLM_VIDEO_MIN_SIDE && spec->height <= DLM_VIDEO_MAX_HEIGHT &&
         spec->fps >= DLM_VIDEO_MIN_FPS && spec->fps <= DLM_VIDEO_MAX_FPS &&
         spec->n_frames >= 1;
}

gboolean
dlm_video_write (const char          *path,
                 const DlmVideoSpec  *spec,
                 DlmFrameFunc         frame,
                 gpointer             frame_data,
                 DlmVideoProgress     progress,
                 gpointer             progress_data,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(DlmExportFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *shown = NULL;
  DlmVideoEncodeFunc encode;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (spec != NULL && spec_is_valid (spec), FALSE);
  g_return_val_if_fail (frame != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (encode = load_encoder (path, error)) == NULL ||
      (file = dlm_export_file_begin (path, error)) == NULL)
    return FALSE;

  shown = dlm_quote_path (path);
  if (!encode (dlm_export_file_get_fd (file), shown, spec, frame, frame_data,
               progress, progress_data, cancellable, &local_error))
    {
      /* the module speaks GIO's errors; the callers expect ours */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, DLM_ERROR, DLM_ERROR_WRITE, local_error->message);
      return FALSE;
    }
  return dlm_export_file_commit (g_steal_pointer (&file), error);
}
