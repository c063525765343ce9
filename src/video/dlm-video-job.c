/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-video"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "dlm-video-job.h"

/* Draws frame @index into @surface (ARGB32 of the spec's size): white
 * first, then the frame, flushed for reading. */
gboolean
dlm_video_job_draw (DlmVideoJob      *job,
                    cairo_surface_t  *surface,
                    guint             index,
                    GError          **error)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  job->frame (cr, index, job->frame_data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      dlm_video_job_fail (job, error, _("frame %u could not be drawn (%s)"),
                          index, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* One step of the job's steps done: reports progress when it has moved
 * by a percent; FALSE (G_IO_ERROR_CANCELLED) when the job is cancelled. */
gboolean
dlm_video_job_step (DlmVideoJob  *job,
                    GError      **error)
{
  int percent;

  job->done = MIN (job->done + 1, job->steps);
  percent = (int) ((guint64) job->done * 100 / MAX (job->steps, 1));
  if (job->progress != NULL && percent > job->percent)
    {
      job->percent = percent;
      job->progress (percent / 100.0, job->progress_data);
    }
  return !g_cancellable_set_error_if_cancelled (job->cancellable, error);
}

/* G_IO_ERROR_FAILED: “PATH” could not be written: (what @format says). */
void
dlm_video_job_fail (DlmVideoJob  *job,
                    GError      **error,
                    const char   *format,
                    ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: the second %s says why, e.g. “Permission denied” */
               _("“%s” could not be written: %s"), job->shown, why);
}

gboolean
dlm_video_job_write (DlmVideoJob   *job,
                     const guint8  *data,
                     gsize          len,
                     GError       **error)
{
  while (len > 0)
    {
      gssize n = write (job->fd, data, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n == 0 ? EIO : errno;

          dlm_video_job_fail (job, error, "%s", g_strerror (saved));
          return FALSE;
        }
      data += n;
      len -= n;
    }
  return TRUE;
}
