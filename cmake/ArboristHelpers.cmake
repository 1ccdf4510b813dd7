# Settings shared by every target (qBittorrent's qbt_common_cfg).
add_library(arborist_settings INTERFACE)
target_compile_definitions(arborist_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  ARBORIST_VERSION="${PROJECT_VERSION}")
target_compile_options(arborist_settings INTERFACE -Wall -Wextra -Wpedantic)
if(ARBORIST_WERROR)
  target_compile_options(arborist_settings INTERFACE -Werror)
endif()

# arborist_add_test(NAME SOURCES ... LIBS ... LABELS ... [BACKENDS sqlite pg] [ARGS ...])
# With BACKENDS, one ctest entry per backend (NAME_sqlite, NAME_pg); the backend reaches the
# executable as ARBORIST_TEST_BACKEND, and pg entries require the pg_cluster fixture.
function(arborist_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;BACKENDS;ARGS;TIMEOUT" ${ARGN})
  if(NOT ARG_SOURCES)
    set(ARG_SOURCES ${name}.cpp)
  endif()
  qt_add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test arborist_settings arborist_testsupport ${ARG_LIBS})
  # English whatever the developer's locale: tests compare texts (the translated windows are
  # tested by choosing their language explicitly).
  set(_env "QT_QPA_PLATFORM=offscreen;QT_HASH_SEED=0;LC_ALL=C.UTF-8;LANGUAGE=en"
           "ARBORIST_CLI=$<TARGET_FILE:arborist-cli>")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  if(ARG_BACKENDS)
    foreach(backend IN LISTS ARG_BACKENDS)
      set(_test ${name}_${backend})
      add_test(NAME ${_test} COMMAND ${name} ${ARG_ARGS})
      set(_benv ${_env} "ARBORIST_TEST_BACKEND=${backend}")
      if(backend STREQUAL "pg")
        list(APPEND _benv "ARBORIST_TEST_PG_DB=${name}" "ARBORIST_TEST_PG_STATE=${ARBORIST_TEST_PG_STATE_FILE}")
        set_tests_properties(${_test} PROPERTIES FIXTURES_REQUIRED pg_cluster)
      endif()
      set_tests_properties(${_test} PROPERTIES LABELS "${ARG_LABELS};db;${backend}"
                           ENVIRONMENT "${_benv}" TIMEOUT ${ARG_TIMEOUT})
    endforeach()
  else()
    add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${_env}"
                         TIMEOUT ${ARG_TIMEOUT})
  endif()
endfunction()
