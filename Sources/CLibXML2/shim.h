#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation.
   Nothing here touches the ICU-specific fields of xmlCharEncodingHandler, so leave them out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlregexp.h>

/* libxml2 reports some problems (encoding conversion, I/O) through its "generic" error function,
   which prints to stderr, beside the structured handlers LibXML installs: a hostile document would
   make the client or cupi-gen write to stderr. This handler drops them (the structured report of
   the same failure still reaches the caller). It is variadic, which Swift cannot write, hence here. */
static inline void cupi_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* The generic error function is per thread: silence the calling thread's, and every new thread's. */
static inline void cupi_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, cupi_ignore_generic_error);
}

static inline void cupi_silence_generic_errors_for_new_threads(void) {
    xmlThrDefSetGenericErrorFunc(NULL, cupi_ignore_generic_error);
}
#endif
