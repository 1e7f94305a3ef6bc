// librsvg (which brings cairo, pango and glib) renders the share cards; fontconfig checks that their font is
// installed.
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
